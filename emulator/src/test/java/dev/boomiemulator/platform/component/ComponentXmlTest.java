package dev.boomiemulator.platform.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boomiemulator.platform.PlatformException;
import org.junit.jupiter.api.Test;

/**
 * Component XML read by a parser each thread keeps and reuses: what one document did to it (a failure, a refused
 * DOCTYPE) does not reach the next, and a reused parser refuses what a new one refuses.
 */
class ComponentXmlTest {
    private static final String PROCESS = "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"%s\" "
            + "type=\"process\"><bns:object><process><shapes><shape shapetype=\"start\" name=\"shape1\"/></shapes>"
            + "</process></bns:object></bns:Component>";

    @Test
    void one_threads_parser_reads_document_after_document_whatever_came_before() {
        for (int round = 0; round < 3; round++) {
            ComponentDraft read = ComponentXml.read(PROCESS.formatted("Order Sync " + round));
            assertThat(read.name()).isEqualTo("Order Sync " + round);
            assertThat(read.objectXml()).isEqualTo("<process><shapes><shape name=\"shape1\" shapetype=\"start\"/>"
                    + "</shapes></process>");

            assertThatThrownBy(() -> ComponentXml.read("<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\""))
                    .isInstanceOf(PlatformException.class).hasMessageContaining("not well-formed");
            assertThatThrownBy(() -> ComponentXml.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<x>&e;</x>")).isInstanceOf(PlatformException.class).hasMessageContaining("DOCTYPE");
        }
    }
}

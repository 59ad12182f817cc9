package dev.boomiemulator.platform.xml;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What XML 1.0 cannot carry is written as U+FFFD, and everything it can is written as it is. */
class XmlWriterCarriableTest {

    @Test
    void text_xml_carries_is_the_same_string() {
        String text = "tab\there, line\nfeed, return\r, é中, 😀 (a surrogate pair), \uE000 and \uFFFD";
        assertThat(XmlWriter.carriable(text)).isSameAs(text);
    }

    @Test
    void controls_noncharacters_and_lone_surrogates_become_replacement_characters() {
        assertThat(XmlWriter.carriable("a\u0000b\u0001c\u001Fd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(XmlWriter.carriable("\uFFFF\uFFFE")).isEqualTo("\uFFFD\uFFFD");
        assertThat(XmlWriter.carriable("x\uD800y\uDC00z\uDC00\uD800")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD\uFFFD");
        assertThat(XmlWriter.carriable("😀\uD800")).isEqualTo("😀\uFFFD");
    }

    @Test
    void an_error_quoting_any_character_is_xml_a_parser_reads() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            every.append(c);
        }
        String xml = XmlWriter.error(every.toString() + Character.MAX_VALUE);
        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("error");
        assertThat(root.getTextContent()).hasSize(Character.MAX_VALUE + 1);
    }
}

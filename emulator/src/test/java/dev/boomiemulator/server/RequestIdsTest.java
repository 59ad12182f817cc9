package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
    @Test
    void the_callers_sane_id_is_kept_and_any_other_gets_a_fresh_one() {
        assertThat(RequestIds.choose("build-42:step.7")).isEqualTo("build-42:step.7");

        Set<String> fresh = new HashSet<>();
        for (String sent : new String[] {null, "", "has spaces", "x".repeat(65), null, null}) {
            String id = RequestIds.choose(sent);
            assertThat(id).matches("[0-9a-f]{16}");
            fresh.add(id);
        }
        assertThat(fresh).hasSize(6);
    }
}

package dev.boomiemulator.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathPrefixesTest {
    @Test
    void the_prefix_itself_and_paths_below_it_are_under_it() {
        assertThat(PathPrefixes.under("/api/rest/v1", "/api/rest/v1")).isTrue();
        assertThat(PathPrefixes.under("/api/rest/v1/", "/api/rest/v1")).isTrue();
        assertThat(PathPrefixes.under("/api/rest/v1/acct/Environment", "/api/rest/v1")).isTrue();
    }

    @Test
    void a_sibling_sharing_the_prefix_text_a_shorter_path_and_another_family_are_not() {
        assertThat(PathPrefixes.under("/api/rest/v10/acct", "/api/rest/v1")).isFalse();
        assertThat(PathPrefixes.under("/api/rest", "/api/rest/v1")).isFalse();
        assertThat(PathPrefixes.under("/ws/simple/getAccount", "/api/rest/v1")).isFalse();
        assertThat(PathPrefixes.under("", "/api/rest/v1")).isFalse();
    }
}

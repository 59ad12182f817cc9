package dev.boomiemulator.platform.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official document's schemas, shared where equal, read exactly as before. */
class SharedSubtreesTest {
    private static JsonNode tree(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void equal_subtrees_become_one_instance_and_the_tree_stays_equal() throws Exception {
        String json = """
                {"a": {"type": "string", "xml": {"name": "A"}}, "b": {"type": "string", "xml": {"name": "A"}},
                 "list": [{"type": "string", "xml": {"name": "A"}}, 1, "string"]}""";
        SharedSubtrees shared = new SharedSubtrees();

        JsonNode result = shared.share(tree(json));

        assertThat(result).isEqualTo(tree(json));
        assertThat(result.get("a")).isSameAs(result.get("b")).isSameAs(result.get("list").get(0));
        assertThat(result.get("list").get(2)).isSameAs(result.get("a").get("type"));
        assertThat(shared.share(tree("{\"type\": \"string\", \"xml\": {\"name\": \"A\"}}"))).isSameAs(result.get("a"));
    }

    @Test
    void objects_with_the_same_fields_in_another_order_stay_apart_and_keep_their_order() throws Exception {
        SharedSubtrees shared = new SharedSubtrees();

        JsonNode result = shared.share(tree("""
                {"first": {"id": {"type": "string"}, "name": {"type": "string"}},
                 "second": {"name": {"type": "string"}, "id": {"type": "string"}}}"""));

        assertThat(result.get("first")).isNotSameAs(result.get("second"));
        assertThat(names(result.get("first"))).containsExactly("id", "name");
        assertThat(names(result.get("second"))).containsExactly("name", "id");
        assertThat(result.get("first").get("id")).isSameAs(result.get("second").get("id"));
    }

    @Test
    void nothing_to_share_in_null_or_a_missing_node() {
        SharedSubtrees shared = new SharedSubtrees();

        assertThat(shared.share(null)).isNull();
        assertThat(shared.share(Json.mapper().missingNode()).isMissingNode()).isTrue();
    }
}

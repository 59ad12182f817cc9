package dev.boomiemulator.platform.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One page of a Platform query. {@code queryToken} is present only when more pages remain: clients loop
 * {@code while token != null}, so the last page has no token at all, never an empty one.
 */
@JsonPropertyOrder({"@type", "result", "queryToken", "numberOfResults"})
public record QueryResult(
        List<Object> result,
        @JsonInclude(JsonInclude.Include.NON_NULL) String queryToken,
        long numberOfResults) {

    @JsonProperty("@type")
    public String type() {
        return "QueryResult";
    }
}

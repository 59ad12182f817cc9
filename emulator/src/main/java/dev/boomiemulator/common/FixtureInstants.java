package dev.boomiemulator.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** The instants Platform fixtures give (ISO 8601, with a zone: {@code 2026-01-05T09:00:00Z}). */
public final class FixtureInstants {
    private FixtureInstants() {
    }

    /**
     * The instant {@code node} gives as {@code field}, else {@code otherwise}'s, asked only then: a default read from
     * the clock makes the store depend on when it was loaded, which the recorded default store must not
     * ({@code DefaultStoreImage}). {@code at} is the node's path in the document, for the problem a bad value makes.
     */
    public static Instant of(JsonNode node, String field, String at, Supplier<Instant> otherwise) {
        return JsonFields.text(node, field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new FixtureProblem(at + "." + field, "not an ISO 8601 instant: '" + text + "'");
            }
        }).orElseGet(otherwise);
    }
}

package dev.boomiemulator.platform.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Reading one comparison out of a QueryFilter expression, for the operations whose filter is a lookup rather than a
 * query (ListenerStatus by Atom, EnvironmentExtensions by environment, a licensing report by component): the
 * comparison on a property, alone or inside groupings.
 */
public final class FilterComparisons {
    private FilterComparisons() {
    }

    /** The first simple expression on {@code property}, searching nested groupings depth first. */
    public static Optional<JsonNode> on(JsonNode expression, String property) {
        JsonNode groupings = expression.path("nestedExpression");
        // a list, or the one nested expression an XML body gave alone
        for (JsonNode nested : groupings.isObject() ? java.util.List.of(groupings) : groupings) {
            Optional<JsonNode> found = on(nested, property);
            if (found.isPresent()) {
                return found;
            }
        }
        return property.equals(expression.path("property").asText()) ? Optional.of(expression) : Optional.empty();
    }

    /** The argument of an EQUALS on {@code property}, or null when the filter has none. */
    public static String equalsArgument(JsonNode expression, String property) {
        return on(expression, property).filter(comparison -> "EQUALS".equals(comparison.path("operator").asText()))
                .map(FilterComparisons::firstArgument).orElse(null);
    }

    /** A comparison's argument: the first of a list, or the one the XML form gave alone. */
    public static String firstArgument(JsonNode comparison) {
        JsonNode argument = comparison.path("argument");
        return argument.isArray() ? argument.path(0).asText(null) : argument.asText(null);
    }
}

package dev.boomiemulator.platform.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.PlatformException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a Platform query body ({@code {"QueryFilter":{"expression":...}}}) into an {@link Expression}
 * over one object's whitelisted properties. No body, {@code null}, {@code {}}, {@code {"QueryFilter":{}}}
 * and an empty expression all mean "everything" (an empty Optional).
 */
public final class QueryFilterParser {
    /**
     * How deep groupings may nest (the top expression is level 1). Real filters use two or three levels;
     * the limit keeps a hostile body from costing a deep recursion here and in the SQL built from it.
     */
    public static final int MAX_DEPTH = 32;
    /**
     * How many characters the LIKE, STARTS_WITH and CONTAINS arguments of one filter may hold in all. The argument is
     * bound, so H2 makes its pattern again for every row it compares: a 100,000-character CONTAINS took 0.4-0.8 s
     * over a few hundred ExecutionConnectors, and a filter of many such arguments (the body may reach 1 MB) would take
     * minutes. A stored text value is compared in its first 4,000 characters.
     */
    public static final int MAX_PATTERN_CHARACTERS = 4000;

    private final String objectType;
    private final Map<String, FilterProperty> properties = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public QueryFilterParser(String objectType, List<FilterProperty> filterable) {
        this.objectType = objectType;
        filterable.forEach(property -> properties.put(property.name(), property));
    }

    public Optional<Expression> parse(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return Optional.empty();
        }
        if (!body.isObject()) {
            throw PlatformException.badRequest("The query body must be a JSON object with a QueryFilter.");
        }
        JsonNode filter = body.get("QueryFilter");
        if (filter == null || filter.isNull() || filter.isEmpty()) {
            return Optional.empty();
        }
        JsonNode expression = filter.get("expression");
        if (expression == null || expression.isNull() || expression.isEmpty()) {
            return Optional.empty();
        }
        Expression parsed = expression(expression, "QueryFilter.expression", 1);
        long patterns = patternCharacters(parsed);
        if (patterns > MAX_PATTERN_CHARACTERS) {
            throw PlatformException.badRequest("The QueryFilter's LIKE, STARTS_WITH and CONTAINS arguments hold "
                    + patterns + " characters in all; at most " + MAX_PATTERN_CHARACTERS + " are allowed.");
        }
        return Optional.of(parsed);
    }

    private static long patternCharacters(Expression expression) {
        if (expression instanceof Expression.Comparison comparison) {
            return comparison.operator().isPattern()
                    ? comparison.arguments().stream().mapToLong(String::length).sum() : 0;
        }
        return ((Expression.Grouping) expression).children().stream()
                .mapToLong(QueryFilterParser::patternCharacters).sum();
    }

    public Optional<FilterProperty> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    private Expression expression(JsonNode node, String at, int depth) {
        if (depth > MAX_DEPTH) {
            throw PlatformException.badRequest("The QueryFilter nests deeper than " + MAX_DEPTH
                    + " levels; flatten it (an 'and' or 'or' grouping takes any number of expressions).");
        }
        if (!node.isObject()) {
            throw PlatformException.badRequest(at + " must be an object.");
        }
        String operator = text(node.get("operator"));
        boolean grouping = node.has("nestedExpression")
                || (!node.has("property") && ("and".equalsIgnoreCase(operator) || "or".equalsIgnoreCase(operator)));
        return grouping ? grouping(node, operator, at, depth) : comparison(node, operator, at);
    }

    private Expression grouping(JsonNode node, String operator, String at, int depth) {
        boolean and;
        if (operator == null || operator.equalsIgnoreCase("and")) {
            and = true;
        } else if (operator.equalsIgnoreCase("or")) {
            and = false;
        } else {
            throw PlatformException.badRequest("Unknown grouping operator '" + operator + "' at " + at
                    + ": use 'and' or 'or'.");
        }
        JsonNode nested = node.get("nestedExpression");
        List<Expression> children = new ArrayList<>();
        if (nested != null && nested.isArray()) {
            for (int i = 0; i < nested.size(); i++) {
                children.add(expression(nested.get(i), at + ".nestedExpression[" + i + "]", depth + 1));
            }
        } else if (nested != null && nested.isObject()) {
            // XML-to-JSON converters turn a one-element list into a bare object
            children.add(expression(nested, at + ".nestedExpression", depth + 1));
        } else if (nested != null && !nested.isNull()) {
            throw PlatformException.badRequest(at + ".nestedExpression must be a list of expressions.");
        }
        return new Expression.Grouping(and, children);
    }

    private Expression comparison(JsonNode node, String operatorName, String at) {
        String name = text(node.get("property"));
        if (name == null) {
            throw PlatformException.badRequest("Missing property at " + at + ".");
        }
        FilterProperty property = properties.get(name);
        if (property == null && properties.isEmpty()) {
            throw PlatformException.badRequest("Unknown property '" + name + "' for " + objectType + " queries: Boomi's"
                    + " document names no filterable property of " + objectType + "; query without a QueryFilter to"
                    + " read them all.");
        }
        if (property == null) {
            throw PlatformException.badRequest("Unknown property '" + name + "' for " + objectType
                    + " queries; filterable properties are " + String.join(", ", properties.keySet()) + ".");
        }
        if (operatorName == null) {
            throw PlatformException.badRequest("Missing operator for property '" + name + "' at " + at + ".");
        }
        Operator operator;
        try {
            operator = Operator.valueOf(operatorName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw PlatformException.badRequest("Unknown operator '" + operatorName + "' for property '" + name + "'.");
        }
        List<String> arguments = arguments(node.get("argument"));
        if (arguments.size() != operator.arguments()) {
            throw PlatformException.badRequest("Operator " + operator + " on property '" + name + "' takes "
                    + operator.arguments() + " argument(s), got " + arguments.size() + ".");
        }
        if (arguments.contains(null)) {
            throw PlatformException.badRequest("Arguments of property '" + name + "' must not be null.");
        }
        return new Expression.Comparison(property, operator, arguments);
    }

    private static List<String> arguments(JsonNode node) {
        List<String> arguments = new ArrayList<>();
        if (node == null || node.isNull()) {
            return arguments;
        }
        if (node.isArray()) {
            node.forEach(argument -> arguments.add(argument.isNull() ? null : argument.asText()));
        } else {
            arguments.add(node.asText()); // a lone argument not wrapped in a list
        }
        return arguments;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }
}

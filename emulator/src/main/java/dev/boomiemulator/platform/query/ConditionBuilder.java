package dev.boomiemulator.platform.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Turns a parsed expression into a jOOQ condition. Columns come only from declared properties and
 * every argument is a bind value, made through the statement's {@link Binds}, so caller text never becomes SQL and
 * the SQL depends only on the expression's {@link #shape}.
 */
final class ConditionBuilder {
    private static final char ESCAPE = '!';
    /** Operators that, on side-table values, mean "no value": they cannot say where to start reading. */
    private static final Set<Operator> NEGATED = EnumSet.of(Operator.IS_NULL, Operator.NOT_EQUALS, Operator.NOT_LIKE,
            Operator.NOT_CONTAINS);

    private ConditionBuilder() {
    }

    static Condition of(Optional<Expression> expression, Binds binds) {
        return expression.map(e -> of(e, binds)).orElse(DSL.trueCondition());
    }

    /**
     * What of {@code expression} the SQL of its condition depends on: everything but the arguments' values. Two
     * filters of one shape build conditions of one SQL, binding their own values.
     */
    static String shape(Optional<Expression> expression) {
        StringBuilder shape = new StringBuilder();
        expression.ifPresent(e -> shape(e, shape));
        return shape.toString();
    }

    private static void shape(Expression expression, StringBuilder shape) {
        if (expression instanceof Expression.Grouping grouping) {
            shape.append(grouping.and() ? "and(" : "or(");
            grouping.children().forEach(child -> shape(child, shape.append(' ')));
            shape.append(')');
        } else {
            Expression.Comparison comparison = (Expression.Comparison) expression;
            shape.append(comparison.property().name()).append(' ').append(comparison.operator()).append('/')
                    .append(comparison.arguments().size());
        }
    }

    private static Condition of(Expression expression, Binds binds) {
        if (expression instanceof Expression.Grouping grouping) {
            List<Condition> children = grouping.children().stream().map(child -> of(child, binds)).toList();
            if (children.isEmpty()) {
                return DSL.trueCondition();
            }
            return grouping.and() ? DSL.and(children) : DSL.or(children);
        }
        return comparison((Expression.Comparison) expression, binds);
    }

    private static Condition comparison(Expression.Comparison comparison, Binds binds) {
        ValueOwner owner = comparison.property().owner();
        if (owner == null) {
            return onColumn(comparison, binds);
        }
        // values in a side table: "not equal" means no value equals, not "some value differs"
        return switch (comparison.operator()) {
            case IS_NULL -> owner.has(DSL.trueCondition()).not();
            case IS_NOT_NULL -> owner.has(DSL.trueCondition());
            case NOT_EQUALS -> owner.has(onColumn(with(comparison, Operator.EQUALS), binds)).not();
            case NOT_LIKE -> owner.has(onColumn(with(comparison, Operator.LIKE), binds)).not();
            case NOT_CONTAINS -> owner.has(onColumn(with(comparison, Operator.CONTAINS), binds)).not();
            default -> owner.has(onColumn(comparison, binds));
        };
    }

    /**
     * The rows of the expression's values that meet {@code within}, read from the value side
     * ({@link ValueOwner#hasWithin}), when the expression needs one: a comparison on side-table values that a
     * matching row must have, alone or among the terms of a top-level AND. Empty otherwise. The expression itself
     * still has to hold; this only says where the database starts.
     */
    static Optional<Condition> drivingValues(Optional<Expression> expression, Condition within, Binds binds) {
        if (expression.isEmpty()) {
            return Optional.empty();
        }
        List<Expression> terms = expression.get() instanceof Expression.Grouping grouping
                ? (grouping.and() ? grouping.children() : List.of())
                : List.of(expression.get());
        for (Expression term : terms) {
            if (term instanceof Expression.Comparison comparison && comparison.property().owner() != null
                    && !NEGATED.contains(comparison.operator())) {
                Condition matching = comparison.operator() == Operator.IS_NOT_NULL ? DSL.trueCondition()
                        : onColumn(comparison, binds);
                return Optional.of(comparison.property().owner().hasWithin(matching, within));
            }
        }
        return Optional.empty();
    }

    private static Expression.Comparison with(Expression.Comparison comparison, Operator operator) {
        return new Expression.Comparison(comparison.property(), operator, comparison.arguments());
    }

    @SuppressWarnings("unchecked")
    private static Condition onColumn(Expression.Comparison comparison, Binds binds) {
        FilterProperty property = comparison.property();
        Field<Object> column = (Field<Object>) property.column();
        List<String> args = comparison.arguments();
        return switch (comparison.operator()) {
            case IS_NULL -> column.isNull();
            case IS_NOT_NULL -> column.isNotNull();
            case EQUALS -> comparable(property).eq(value(property, args.get(0), binds));
            case NOT_EQUALS -> comparable(property).isDistinctFrom(value(property, args.get(0), binds));
            case GREATER_THAN -> comparable(property).gt(value(property, args.get(0), binds));
            case GREATER_THAN_OR_EQUAL -> comparable(property).ge(value(property, args.get(0), binds));
            case LESS_THAN -> comparable(property).lt(value(property, args.get(0), binds));
            case LESS_THAN_OR_EQUAL -> comparable(property).le(value(property, args.get(0), binds));
            case BETWEEN -> comparable(property).between(value(property, args.get(0), binds),
                    value(property, args.get(1), binds));
            case LIKE -> text(property).like(binds.value(likePattern(property, args.get(0))), ESCAPE);
            case NOT_LIKE -> column.isNull()
                    .or(text(property).notLike(binds.value(likePattern(property, args.get(0))), ESCAPE));
            case STARTS_WITH -> text(property).like(binds.value(literal(property, args.get(0)) + "%"), ESCAPE);
            case CONTAINS -> text(property).like(binds.value("%" + literal(property, args.get(0)) + "%"), ESCAPE);
            case NOT_CONTAINS -> column.isNull()
                    .or(text(property).notLike(binds.value("%" + literal(property, args.get(0)) + "%"), ESCAPE));
        };
    }

    /** The column as compared: upper-cased for enumerations, so {@code online} finds {@code ONLINE}. */
    @SuppressWarnings("unchecked")
    private static Field<Object> comparable(FilterProperty property) {
        Field<Object> column = (Field<Object>) property.column();
        return property.type() == ValueType.ENUM ? (Field<Object>) (Field<?>) DSL.upper(column.cast(String.class)) : column;
    }

    private static Field<String> text(FilterProperty property) {
        Field<String> column = property.column().cast(SQLDataType.VARCHAR);
        return property.type() == ValueType.ENUM ? DSL.upper(column) : column;
    }

    private static Field<Object> value(FilterProperty property, String argument, Binds binds) {
        Object typed = ArgumentValues.typed(property, argument);
        if (property.type() == ValueType.ENUM) {
            return binds.value(typed);
        }
        @SuppressWarnings("unchecked")
        Field<Object> column = (Field<Object>) property.column();
        return binds.value(column.getDataType().convert(typed), column);
    }

    /** Boomi's LIKE knows only {@code %}; an underscore or our escape character is literal. */
    private static String likePattern(FilterProperty property, String argument) {
        String pattern = argument.replace("!", "!!").replace("_", "!_");
        return property.type() == ValueType.ENUM ? pattern.toUpperCase() : pattern;
    }

    /** Text matched literally inside a pattern: every wildcard escaped. */
    private static String literal(FilterProperty property, String argument) {
        String literal = argument.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return property.type() == ValueType.ENUM ? literal.toUpperCase() : literal;
    }
}

package dev.boomiemulator.platform.query;

import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * A property a QueryFilter may name, bound to the column it compares against. Only declared
 * properties can be filtered on: the whitelist that keeps caller text out of SQL.
 *
 * @param aliases maps an argument to the stored form, e.g. {@code PRODUCTION -> PROD}; applied to ENUM
 *                arguments after upper-casing
 * @param owner   null when {@code column} is a column of the queried row; for a value kept in a side table (one row
 *                per value), turns a condition on {@code column} into "the queried row has such a value"
 */
public record FilterProperty(String name, Field<?> column, ValueType type, UnaryOperator<String> aliases,
                             ValueOwner owner) {
    public FilterProperty(String name, Field<?> column, ValueType type, UnaryOperator<String> aliases) {
        this(name, column, type, aliases, null);
    }

    /**
     * A property whose values live in a side table: the row matches when one of its values does, and a negated
     * operator ({@code NOT_EQUALS}, {@code IS_NULL}) when none does.
     */
    public static FilterProperty ofValues(String name, Field<?> valueColumn, ValueType type,
                                          ValueOwner owner) {
        return new FilterProperty(name, valueColumn, type, UnaryOperator.identity(), owner);
    }

    public static FilterProperty string(String name, Field<?> column) {
        return new FilterProperty(name, column, ValueType.STRING, UnaryOperator.identity());
    }

    public static FilterProperty enumeration(String name, Field<?> column) {
        return new FilterProperty(name, column, ValueType.ENUM, UnaryOperator.identity());
    }

    public static FilterProperty enumeration(String name, Field<?> column, UnaryOperator<String> aliases) {
        return new FilterProperty(name, column, ValueType.ENUM, aliases);
    }

    public static FilterProperty number(String name, Field<?> column) {
        return new FilterProperty(name, column, ValueType.NUMBER, UnaryOperator.identity());
    }

    public static FilterProperty date(String name, Field<?> column) {
        return new FilterProperty(name, column, ValueType.DATE, UnaryOperator.identity());
    }

    public static FilterProperty bool(String name, Field<?> column) {
        return new FilterProperty(name, column, ValueType.BOOLEAN, UnaryOperator.identity());
    }
}

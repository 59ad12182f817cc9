package dev.boomiemulator.platform.query;

import java.util.function.UnaryOperator;
import org.jooq.Field;

/**
 * A property a QueryFilter may name, bound to the column it compares against. Only declared
 * properties can be filtered on: the whitelist that keeps caller text out of SQL.
 *
 * @param aliases maps an argument to the stored form, e.g. {@code PRODUCTION -> PROD}; applied to ENUM
 *                arguments after upper-casing
 */
public record FilterProperty(String name, Field<?> column, ValueType type, UnaryOperator<String> aliases) {
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

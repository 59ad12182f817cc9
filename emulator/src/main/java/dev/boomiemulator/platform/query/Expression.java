package dev.boomiemulator.platform.query;

import java.util.List;

/** A parsed QueryFilter expression: a comparison on one property, or an and/or grouping of expressions. */
public sealed interface Expression {
    record Comparison(FilterProperty property, Operator operator, List<String> arguments) implements Expression {
    }

    record Grouping(boolean and, List<Expression> children) implements Expression {
    }
}

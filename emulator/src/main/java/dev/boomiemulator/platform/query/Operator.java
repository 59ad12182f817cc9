package dev.boomiemulator.platform.query;

/** The QueryFilter comparison operators and how many arguments each takes. */
public enum Operator {
    EQUALS(1), NOT_EQUALS(1),
    LIKE(1), NOT_LIKE(1), STARTS_WITH(1), CONTAINS(1), NOT_CONTAINS(1),
    GREATER_THAN(1), GREATER_THAN_OR_EQUAL(1), LESS_THAN(1), LESS_THAN_OR_EQUAL(1),
    BETWEEN(2),
    IS_NULL(0), IS_NOT_NULL(0);

    private final int arguments;

    Operator(int arguments) {
        this.arguments = arguments;
    }

    public int arguments() {
        return arguments;
    }

    /** Whether the database compares the argument as a LIKE pattern (what {@link ConditionBuilder} writes). */
    public boolean isPattern() {
        return this == LIKE || this == NOT_LIKE || this == STARTS_WITH || this == CONTAINS || this == NOT_CONTAINS;
    }
}

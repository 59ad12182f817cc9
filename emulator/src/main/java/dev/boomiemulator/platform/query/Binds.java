package dev.boomiemulator.platform.query;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;

/**
 * The values one statement binds, each made here while the statement is built. Statements of one shape are built
 * by the same code in the same order, so the n-th value made is the same variable in each of them: that is what lets
 * {@link StatementSql} render a shape's SQL once and bind later statements' values into it. A value a statement
 * binds that was not made here (a constant written into a condition) makes the statement uncacheable: it is
 * rendered each time, as jOOQ does by default.
 */
final class Binds {
    private final List<Param<?>> made = new ArrayList<>();

    /** {@code value} bound with {@code like}'s type, as comparing {@code like} with it binds it. */
    <T> Param<T> value(T value, Field<T> like) {
        return add(DSL.val(value, like));
    }

    /** {@code value} bound with the type its class implies. */
    <T> Param<T> value(T value) {
        return add(DSL.val(value));
    }

    List<Param<?>> made() {
        return made;
    }

    private <T> Param<T> add(Param<T> param) {
        made.add(param);
        return param;
    }
}

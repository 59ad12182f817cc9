package dev.boomiemulator.platform.query;

import static dev.boomiemulator.db.jooq.Tables.EMULATOR_ROW_COUNT;

import dev.boomiemulator.db.RowCounts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What the query engine needs to know about one Platform object: its table, the account and
 * insertion-order columns, the whitelisted filter properties, which of them QuerySort may name, and how
 * a row becomes the object on the wire. Each object declares one; the engine does the rest.
 */
public final class QueryDefinition<R extends Record> {
    private final String objectType;
    private final Table<R> table;
    private final Field<String> accountColumn;
    private final Field<Long> seqColumn;
    private final QueryFilterParser parser;
    private final Set<String> sortable = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Function<R, ?> render;
    /** For a table holding several objects: the column naming the object, and this object's name; else null. */
    private final Field<String> typeColumn;
    /**
     * Which rows an account (the bound id given) sees, where that is not "its own" (the accounts a partner manages);
     * else null.
     */
    private final Function<Field<String>, Condition> visibleTo;

    public QueryDefinition(String objectType, Table<R> table, Field<String> accountColumn, Field<Long> seqColumn,
                           List<FilterProperty> filterable, List<String> sortable, Function<R, ?> render) {
        this(objectType, table, accountColumn, null, seqColumn, filterable, sortable, render);
    }

    /**
     * An object sharing its table with others, told apart by {@code typeColumn} = {@code objectType}; the table's
     * paging index is then (account, type, sequence).
     */
    public QueryDefinition(String objectType, Table<R> table, Field<String> accountColumn, Field<String> typeColumn,
                           Field<Long> seqColumn, List<FilterProperty> filterable, List<String> sortable,
                           Function<R, ?> render) {
        this(objectType, table, accountColumn, typeColumn, null, seqColumn, filterable, sortable, render);
    }

    private QueryDefinition(String objectType, Table<R> table, Field<String> accountColumn, Field<String> typeColumn,
                            Function<Field<String>, Condition> visibleTo, Field<Long> seqColumn,
                            List<FilterProperty> filterable, List<String> sortable, Function<R, ?> render) {
        this.visibleTo = visibleTo;
        this.typeColumn = typeColumn;
        this.objectType = objectType;
        this.table = table;
        this.accountColumn = accountColumn;
        this.seqColumn = seqColumn;
        this.parser = new QueryFilterParser(objectType, filterable);
        this.sortable.addAll(sortable);
        this.render = render;
    }

    public String objectType() {
        return objectType;
    }

    Table<R> table() {
        return table;
    }

    Field<String> accountColumn() {
        return accountColumn;
    }

    /**
     * An object whose rows are not one account's own but those an account may see ({@code Account}: itself and the
     * accounts it manages), paged by sequence alone.
     */
    public static <R extends Record> QueryDefinition<R> visible(String objectType, Table<R> table,
                                                               Function<Field<String>, Condition> visibleTo,
                                                               Field<Long> seqColumn, List<FilterProperty> filterable,
                                                               Function<R, ?> render) {
        return new QueryDefinition<>(objectType, table, null, null, visibleTo, seqColumn, filterable, List.of(),
                render);
    }

    /** The rows of this object in the account, in the order of the table's paging index. */
    Condition rowsOf(String accountId, Binds binds) {
        if (visibleTo != null) {
            return visibleTo.apply(binds.value(accountId));
        }
        Condition account = accountColumn.eq(binds.value(accountId, accountColumn));
        return typeColumn == null ? account : account.and(typeColumn.eq(DSL.inline(objectType)));
    }

    /** The number of this object's rows in the account, where {@code counts} keeps it; empty for visible rows. */
    Optional<Field<Long>> rowCount(RowCounts counts, String accountId, Binds binds) {
        return visibleTo != null ? Optional.empty()
                : counts.of(table, typeColumn, binds.value(accountId, EMULATOR_ROW_COUNT.ACCOUNT_ID), objectType);
    }

    /** The leading columns of the paging index, before any sort column and the sequence. */
    List<Field<?>> pagingPrefix() {
        if (visibleTo != null) {
            return List.of();
        }
        return typeColumn == null ? List.of(accountColumn) : List.of(accountColumn, typeColumn);
    }

    Field<Long> seqColumn() {
        return seqColumn;
    }

    QueryFilterParser parser() {
        return parser;
    }

    boolean isSortable(String property) {
        return sortable.contains(property);
    }

    Object render(R row) {
        return render.apply(row);
    }
}

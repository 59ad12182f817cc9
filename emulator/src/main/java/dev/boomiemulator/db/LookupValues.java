package dev.boomiemulator.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Values to look up by key, as a table to join: one array parameter, unnested. H2 answers {@code column in (?, ?,
 * ...)} through an index only when the column leads it; after columns compared for equality ({@code account_id = ?
 * and id in (...)}) it reads every row under that prefix and compares each with every value, so the read grows with
 * the account's rows. Joined to the table on the key, each value is one lookup in the index, on H2 and PostgreSQL.
 */
public record LookupValues(Table<?> table, Field<String> value) {
    /** The most values one lookup takes: H2 refuses an array of more than 65,536 elements. */
    static final int MOST = 10_000;

    /** {@code read} run on each lookup of the values, the rows of all of them together, in the lookups' order. */
    public static <T> List<T> readAll(Collection<String> values, Function<LookupValues, List<T>> read) {
        List<T> rows = new ArrayList<>();
        for (LookupValues wanted : of(values)) {
            rows.addAll(read.apply(wanted));
        }
        return rows;
    }

    /** The values as lookups of at most {@link #MOST} each, in their order: a read per lookup. */
    static List<LookupValues> of(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<LookupValues> lookups = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MOST) {
            Table<?> table = DSL.unnest(all.subList(from, Math.min(all.size(), from + MOST)).toArray(String[]::new))
                    .as("lookup", "value");
            lookups.add(new LookupValues(table, table.field("value", String.class)));
        }
        return lookups;
    }
}

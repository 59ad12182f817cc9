package dev.boomiemulator.db;

import java.util.Collection;
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
    public static LookupValues of(Collection<String> values) {
        Table<?> table = DSL.unnest(values.toArray(String[]::new)).as("lookup", "value");
        return new LookupValues(table, table.field("value", String.class));
    }
}

package dev.boomiemulator.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Whose the logged rows of a table owned through another are ({@link StoreTables#ownedThrough}: a generic object's
 * values, whose rows do not name their account), on H2: {@link ChangedRows} logs them under no account, and a reset
 * of one account first gives them their owner's, so that it finds its own among them and the other accounts' are not
 * read again. PostgreSQL's log does the same in SQL ({@code PostgresChangedRows.assignOwners}).
 */
final class OwnedRows {
    /** Owners looked up in one read. */
    private static final int CHUNK = 500;

    private OwnedRows() {
    }

    /**
     * Moves each logged key of an owned table to its owner's account, as the store holds the owner or else as the
     * snapshot does. One whose owner is in neither (an object made and deleted since the snapshot) stays everyone's,
     * for the full restore.
     */
    static void assignAccounts(DSLContext dsl, ChangedRows log) {
        for (Table<?> table : StoreTables.data()) {
            Optional<StoreTables.Owner> owner = StoreTables.ownedThrough(table);
            Set<List<Object>> unknown = owner.isEmpty() ? Set.of() : log.unknown(table.getName());
            int link = owner.isEmpty() ? -1 : StoreTables.keyPosition(table, owner.get().link());
            if (unknown == null || unknown.isEmpty() || link < 0) {
                continue;
            }
            Map<Object, String> accountOfOwner = accounts(dsl, owner.get(),
                    unknown.stream().map(key -> key.get(link)).distinct().toList());
            Map<List<Object>, String> accountOfKey = new HashMap<>();
            unknown.stream().filter(key -> accountOfOwner.containsKey(key.get(link)))
                    .forEach(key -> accountOfKey.put(key, accountOfOwner.get(key.get(link))));
            log.assign(table.getName(), accountOfKey);
        }
    }

    /** The account of each of these owners' rows, looked up in the snapshot and then in the store (which wins). */
    private static Map<Object, String> accounts(DSLContext dsl, StoreTables.Owner owner, List<Object> keys) {
        Map<Object, String> accounts = new HashMap<>();
        String accountColumn = StoreTables.accountColumn(owner.table()).orElseThrow().getName();
        for (String schema : List.of("SNAPSHOT", "PUBLIC")) {
            Field<Object> key = DSL.field(DSL.name(schema, owner.table().getName(), owner.key().getName()));
            Field<Object> account = DSL.field(DSL.name(schema, owner.table().getName(), accountColumn));
            for (int from = 0; from < keys.size(); from += CHUNK) {
                dsl.select(key, account).from(DSL.table(DSL.name(schema, owner.table().getName())))
                        .where(key.in(keys.subList(from, Math.min(keys.size(), from + CHUNK))))
                        .forEach(row -> accounts.put(row.value1(), String.valueOf(row.value2())));
            }
        }
        return accounts;
    }
}

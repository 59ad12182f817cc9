package dev.boomiemulator.db;

import java.util.List;
import org.jooq.Record;
import org.jooq.Result;

/**
 * Every data table's rows, copied into memory ({@link StateTransfer#snapshotRows}), one result per table in
 * {@link StoreTables#data()}'s order: detached from the database they came from, so another store can be filled with
 * them ({@link StateTransfer#replaceAll}).
 */
public record StoreRows(List<Result<Record>> tables) {
    public StoreRows {
        tables = List.copyOf(tables);
    }

    public int rowCount() {
        return tables.stream().mapToInt(Result::size).sum();
    }
}

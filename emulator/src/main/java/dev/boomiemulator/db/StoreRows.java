package dev.boomiemulator.db;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.jooq.Record;
import org.jooq.Result;

/**
 * Every data table's rows, copied into memory ({@link StateTransfer#writtenRows}), one result per table in
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

    /**
     * The rows' values, comparable with {@code equals} (binary columns by content, where a {@code byte[]} compares by
     * identity): two stores with equal contents give equal values.
     */
    public List<List<List<Object>>> values() {
        return tables.stream().map(table -> table.stream().map(StoreRows::comparable).toList()).toList();
    }

    private static List<Object> comparable(Record row) {
        return Arrays.stream(row.intoArray())
                .map(value -> value instanceof byte[] bytes ? ByteBuffer.wrap(bytes.clone()) : value)
                .toList();
    }
}

package dev.boomiemulator.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** A store image gives back the rows written, each value of its type; under another label it gives none. */
class StoreImageTest {
    private static final DSLContext DETACHED = DSL.using(SQLDialect.H2);

    @Test
    void rows_come_back_as_written_with_their_types() throws Exception {
        StoreRows rows = rowsOfEveryType();
        Optional<StoreRows> read = StoreImage.read("label", new ByteArrayInputStream(image("label", rows)));
        assertThat(read).isPresent();
        for (int t = 0; t < rows.tables().size(); t++) {
            Result<Record> written = rows.tables().get(t);
            Result<Record> back = read.get().tables().get(t);
            assertThat(back).hasSameSizeAs(written);
            for (int r = 0; r < written.size(); r++) {
                assertThat(back.get(r).intoArray()).containsExactly(written.get(r).intoArray());
            }
        }
        assertThat(read.get().rowCount()).isEqualTo(rows.rowCount()).isGreaterThan(StoreTables.data().size());
    }

    @Test
    void an_image_recorded_under_another_label_gives_nothing() throws Exception {
        byte[] image = image("documents A", rowsOfEveryType());
        assertThat(StoreImage.read("documents B", new ByteArrayInputStream(image))).isEmpty();
    }

    private static byte[] image(String label, StoreRows rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoreImage.write(label, rows, bytes);
        return bytes.toByteArray();
    }

    /** Two rows per data table: one with a value of its column's type in every column, one of nulls. */
    private static StoreRows rowsOfEveryType() {
        List<Result<Record>> tables = new ArrayList<>();
        for (Table<?> table : StoreTables.data()) {
            Field<?>[] fields = table.fields();
            Result<Record> result = DETACHED.newResult(fields);
            Record filled = DETACHED.newRecord(fields);
            filled.fromArray(Arrays.stream(fields).map(StoreImageTest::sample).toArray());
            result.add(filled);
            result.add(DETACHED.newRecord(fields));
            tables.add(result);
        }
        return new StoreRows(tables);
    }

    private static Object sample(Field<?> field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return "é".repeat(40_000); // past the 64 KB of DataOutputStream.writeUTF
        } else if (type == Long.class) {
            return Long.MIN_VALUE;
        } else if (type == Integer.class) {
            return -7;
        } else if (type == Boolean.class) {
            return true;
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse("2026-01-02T03:04:05.123456+05:30");
        } else if (type == BigDecimal.class) {
            return new BigDecimal("-12345678901234567890.000001");
        } else if (type == Double.class) {
            return 0.1;
        } else if (type == byte[].class) {
            return new byte[] {0, -1, 2};
        }
        throw new AssertionError("a store column of a type the image does not know: " + field + " " + type);
    }
}

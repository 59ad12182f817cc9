package dev.boomiemulator.db;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A store's rows ({@link StoreRows}) as bytes and back, under a label saying what made them: the default fixture set's
 * store is recorded so at build time and copied into a new store at start ({@code BuiltInStore}). The image names every
 * table and column it holds; one that does not name this build's data tables and columns exactly is not read.
 *
 * <p>Values are written by their Java type, the types jOOQ reads the store's columns as: text, whole numbers,
 * booleans, instants with their offset, decimals, doubles and bytes.
 */
public final class StoreImage {
    private static final String MAGIC = "boomi-emulator store image";
    private static final int FORMAT = 1;

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LONG = 2;
    private static final byte INT = 3;
    private static final byte BOOLEAN = 4;
    private static final byte TIME = 5;
    private static final byte DECIMAL = 6;
    private static final byte DOUBLE = 7;
    private static final byte BYTES = 8;

    private StoreImage() {
    }

    /** Writes {@code rows} (in {@link StoreTables#data()}'s order) under {@code label}. */
    public static void write(String label, StoreRows rows, OutputStream to) throws IOException {
        DataOutputStream out = new DataOutputStream(to);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        text(out, label);
        List<Table<?>> tables = StoreTables.data();
        out.writeInt(tables.size());
        for (int t = 0; t < tables.size(); t++) {
            Result<Record> result = rows.tables().get(t);
            Field<?>[] fields = result.fields();
            out.writeUTF(tables.get(t).getName());
            out.writeInt(fields.length);
            for (Field<?> field : fields) {
                out.writeUTF(field.getName());
            }
            out.writeInt(result.size());
            for (Record row : result) {
                for (int i = 0; i < fields.length; i++) {
                    value(out, row.get(i));
                }
            }
        }
        out.flush();
    }

    /**
     * The rows of an image recorded under {@code label}, ready for {@link StateTransfer#replaceAll}; empty when the
     * image was recorded under another label or for other tables or columns than this build's.
     */
    public static Optional<StoreRows> read(String label, InputStream from) throws IOException {
        DataInputStream in = new DataInputStream(from);
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !label.equals(text(in))) {
            return Optional.empty();
        }
        List<Table<?>> tables = StoreTables.data();
        if (in.readInt() != tables.size()) {
            return Optional.empty();
        }
        DSLContext detached = DSL.using(SQLDialect.H2);
        List<Result<Record>> results = new ArrayList<>();
        for (Table<?> table : tables) {
            if (!table.getName().equals(in.readUTF())) {
                return Optional.empty();
            }
            Field<?>[] fields = new Field<?>[in.readInt()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = table.field(in.readUTF());
                if (fields[i] == null) {
                    return Optional.empty();
                }
            }
            if (fields.length != table.fields().length) {
                return Optional.empty();
            }
            Result<Record> result = detached.newResult(fields);
            int rows = in.readInt();
            Object[] values = new Object[fields.length];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < fields.length; i++) {
                    values[i] = value(in);
                }
                Record row = detached.newRecord(fields);
                row.fromArray(values);
                result.add(row);
            }
            results.add(result);
        }
        return Optional.of(new StoreRows(results));
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(TEXT);
            text(out, text);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Integer number) {
            out.writeByte(INT);
            out.writeInt(number);
        } else if (value instanceof Boolean flag) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(flag);
        } else if (value instanceof OffsetDateTime time) {
            out.writeByte(TIME);
            out.writeLong(time.toEpochSecond());
            out.writeInt(time.getNano());
            out.writeInt(time.getOffset().getTotalSeconds());
        } else if (value instanceof BigDecimal number) {
            out.writeByte(DECIMAL);
            text(out, number.toString());
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value instanceof byte[] bytes) {
            out.writeByte(BYTES);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else {
            throw new IllegalArgumentException("a store image holds no " + value.getClass().getName());
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        byte type = in.readByte();
        return switch (type) {
            case NULL -> null;
            case TEXT -> text(in);
            case LONG -> in.readLong();
            case INT -> in.readInt();
            case BOOLEAN -> in.readBoolean();
            case TIME -> {
                Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
                yield instant.atOffset(ZoneOffset.ofTotalSeconds(in.readInt()));
            }
            case DECIMAL -> new BigDecimal(text(in));
            case DOUBLE -> in.readDouble();
            case BYTES -> in.readNBytes(in.readInt());
            default -> throw new IOException("not a store image value: type " + type);
        };
    }

    /** Text of any length ({@link DataOutputStream#writeUTF} stops at 64 KB): its UTF-8 bytes, counted. */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}

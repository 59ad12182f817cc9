package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.EMULATOR_SETTING;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;

/**
 * The emulator's own named values ({@code EMULATOR_SETTING}): kept in the database, so that every emulator on one
 * database reads the same clock and signs query tokens with the same key, and a change is made under the row's
 * lock, so two emulators changing a value at once both count.
 */
public final class EmulatorSettings {
    private final DSLContext dsl;

    public EmulatorSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return dsl.select(EMULATOR_SETTING.SETTING_VALUE).from(EMULATOR_SETTING).where(EMULATOR_SETTING.NAME.eq(name))
                .fetchOptional(EMULATOR_SETTING.SETTING_VALUE);
    }

    /** The value, first set to {@code initial} if there is none yet (whoever sets it first, everyone reads that). */
    public String getOrCreate(String name, Supplier<String> initial) {
        return get(name).orElseGet(() -> {
            dsl.insertInto(EMULATOR_SETTING).set(EMULATOR_SETTING.NAME, name).set(EMULATOR_SETTING.SETTING_VALUE, initial.get())
                    .onDuplicateKeyIgnore().execute();
            return get(name).orElseThrow();
        });
    }

    /**
     * Replaces the value, in one transaction holding its row: {@code change} gets the current value (null if none) and
     * returns the new one. @return the new value
     */
    public String change(String name, UnaryOperator<String> change) {
        getOrCreate(name, () -> "");
        return Transactions.retryOnConflict(() -> dsl.transactionResult(() -> {
            String current = dsl.select(EMULATOR_SETTING.SETTING_VALUE).from(EMULATOR_SETTING)
                    .where(EMULATOR_SETTING.NAME.eq(name)).forUpdate().fetchOne(EMULATOR_SETTING.SETTING_VALUE);
            String next = change.apply(current == null || current.isEmpty() ? null : current);
            dsl.update(EMULATOR_SETTING).set(EMULATOR_SETTING.SETTING_VALUE, next).where(EMULATOR_SETTING.NAME.eq(name))
                    .execute();
            return next;
        }));
    }

    public void put(String name, String value) {
        change(name, ignored -> value);
    }
}

package dev.boomiemulator.db;

import dev.boomiemulator.db.jooq.DefaultSchema;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Table;

/**
 * The tables that hold what the emulator emulates (accounts and everything in them): the ones a snapshot copies, a
 * reset restores and a state document carries. The {@code EMULATOR_*} tables hold the emulator's own state (the
 * clock, run-time fixtures), which outlives a reset.
 */
public final class StoreTables {
    private static final List<Table<?>> DATA = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
            .filter(table -> !table.getName().toUpperCase(Locale.ROOT).startsWith("EMULATOR_"))
            .toList();

    /** The emulator's tables that follow the data tables' rows: their row counts, the rows written since the copy. */
    private static final Set<String> FOLLOWING_DATA = Set.of("EMULATOR_ROW_COUNT", "EMULATOR_CHANGED_ROW");

    /** The emulator's own tables a server's run fills (settings, run-time fixtures, journal, fault rules). */
    private static final List<Table<?>> EMULATOR_OWN = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
            .filter(table -> table.getName().toUpperCase(Locale.ROOT).startsWith("EMULATOR_"))
            .filter(table -> !FOLLOWING_DATA.contains(table.getName().toUpperCase(Locale.ROOT)))
            .toList();

    private StoreTables() {
    }

    static List<Table<?>> emulatorOwn() {
        return EMULATOR_OWN;
    }

    public static List<Table<?>> data() {
        return DATA;
    }

    /** The data table of this name, or null. */
    public static Table<?> named(String name) {
        return DATA.stream().filter(table -> table.getName().equals(name)).findFirst().orElse(null);
    }
}

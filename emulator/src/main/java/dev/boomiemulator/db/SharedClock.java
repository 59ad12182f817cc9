package dev.boomiemulator.db;

import dev.boomiemulator.common.EmulatorClock;
import java.util.function.UnaryOperator;

/** The emulator clock's state in the store ({@code EMULATOR_SETTING} "clock"), for emulators sharing a database. */
public final class SharedClock implements EmulatorClock.Sharing {
    private static final String CLOCK = "clock";
    private final EmulatorSettings settings;

    public SharedClock(EmulatorSettings settings) {
        this.settings = settings;
    }

    @Override
    public String read() {
        return settings.get(CLOCK).filter(state -> !state.isEmpty()).orElse(null);
    }

    @Override
    public String change(UnaryOperator<String> change) {
        return settings.change(CLOCK, change);
    }
}

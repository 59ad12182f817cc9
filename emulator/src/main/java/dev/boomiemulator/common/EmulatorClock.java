package dev.boomiemulator.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one source of time for everything the emulator stamps or schedules. It either follows the
 * system clock shifted by an offset, or stands frozen at an instant; tests freeze and advance it so
 * asynchronous lifecycles (executions, activations, runs, throttling windows) move without sleeping.
 */
public final class EmulatorClock extends Clock {
    private final Clock system;
    private Duration offset = Duration.ZERO;
    private Instant frozenAt;

    public EmulatorClock() {
        this(Clock.systemUTC());
    }

    public EmulatorClock(Clock system) {
        this.system = system;
    }

    @Override
    public synchronized Instant instant() {
        Instant now = frozenAt != null ? frozenAt : system.instant().plus(offset);
        // microseconds: what H2 timestamps and the Data Integration wire format keep
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    public synchronized boolean isFrozen() {
        return frozenAt != null;
    }

    /** Stops the clock at {@code at}, or at the current instant when {@code at} is null. */
    public synchronized void freeze(Instant at) {
        frozenAt = at != null ? at : instant();
    }

    /** Lets the clock run again from its current reading. */
    public synchronized void unfreeze() {
        if (frozenAt != null) {
            offset = Duration.between(system.instant(), frozenAt);
            frozenAt = null;
        }
    }

    /** Moves the clock to {@code at}, keeping it frozen or running as it was. */
    public synchronized void set(Instant at) {
        if (frozenAt != null) {
            frozenAt = at;
        } else {
            offset = Duration.between(system.instant(), at);
        }
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator clock is always UTC");
    }
}

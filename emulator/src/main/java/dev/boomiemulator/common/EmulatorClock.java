package dev.boomiemulator.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

/**
 * The one source of time for everything the emulator stamps or schedules. It either follows the
 * system clock shifted by an offset, or stands frozen at an instant; tests freeze and advance it so
 * asynchronous lifecycles (executions, activations, runs, throttling windows) move without sleeping.
 */
public final class EmulatorClock extends Clock {
    /**
     * Where emulators that share a database keep the clock (a frozen instant or an offset), so that a freeze or an
     * advance through one is the time of all. {@code change} runs under the database's lock.
     */
    public interface Sharing {
        /** The state last written, or null if none. */
        String read();

        /** Writes a new state made from the current one (null if none), atomically among all sharers; @return it */
        String change(UnaryOperator<String> change);
    }

    private final Clock system;
    private Duration offset = Duration.ZERO;
    private Instant frozenAt;
    private Sharing sharing;

    public EmulatorClock() {
        this(Clock.systemUTC());
    }

    public EmulatorClock(Clock system) {
        this.system = system;
    }

    /**
     * Keeps the clock with others from now on: the state already shared wins (another emulator set the time first);
     * with none, this clock's becomes the shared one.
     */
    public synchronized void share(Sharing shared) {
        adopt(shared.change(current -> current != null ? current : encoded()));
        this.sharing = shared;
    }

    /** Takes up what another sharer may have changed; before each request when shared, so every request sees it. */
    public synchronized void refresh() {
        if (sharing != null) {
            String shared = sharing.read();
            if (shared != null) {
                adopt(shared);
            }
        }
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
        change(() -> frozenAt = at != null ? at : instant());
    }

    /** Lets the clock run again from its current reading. */
    public synchronized void unfreeze() {
        change(() -> {
            if (frozenAt != null) {
                offset = Duration.between(system.instant(), frozenAt);
                frozenAt = null;
            }
        });
    }

    /** Moves the clock to {@code at}, keeping it frozen or running as it was. */
    public synchronized void set(Instant at) {
        change(() -> {
            if (frozenAt != null) {
                frozenAt = at;
            } else {
                offset = Duration.between(system.instant(), at);
            }
        });
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        change(() -> {
            if (frozenAt != null) {
                frozenAt = frozenAt.plus(by);
            } else {
                offset = offset.plus(by);
            }
        });
    }

    /** Applies a change to the state, shared ones on the shared state as it is now (another sharer may have moved it). */
    private void change(Runnable change) {
        if (sharing == null) {
            change.run();
            return;
        }
        adopt(sharing.change(current -> {
            if (current != null) {
                adopt(current);
            }
            change.run();
            return encoded();
        }));
    }

    /** "frozen 2026-01-01T00:00:00Z" or "offset PT3H" (from the system clock). */
    private String encoded() {
        return frozenAt != null ? "frozen " + frozenAt : "offset " + offset;
    }

    private void adopt(String state) {
        if (state.startsWith("frozen ")) {
            frozenAt = Instant.parse(state.substring("frozen ".length()));
        } else if (state.startsWith("offset ")) {
            frozenAt = null;
            offset = Duration.parse(state.substring("offset ".length()));
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

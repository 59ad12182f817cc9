package dev.boomiemulator.platform.ratelimit;

import static dev.boomiemulator.db.jooq.Tables.PLATFORM_RATE_LIMIT;

import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.db.TableVersions;
import dev.boomiemulator.db.VersionedCache;
import dev.boomiemulator.platform.PlatformException;
import java.time.temporal.ChronoUnit;

/**
 * The real service's request-rate limit, on demand: at most N Platform requests per account in each
 * second of the emulator clock, the rest answered 503 as Boomi does. Off (0) unless switched on, so a CI
 * build is never throttled by surprise. As on the real service, the account in the path pays: a partner
 * acting on a sub-account through {@code overrideAccount} spends its own budget.
 *
 * @see <a href="https://developer.boomi.com/docs/GettingStarted/API_licensing">Boomi: API usage limits (10 requests per second)</a>
 */
public final class PlatformRateLimit {
    /** The real service's own limit, for documentation and help texts. */
    public static final int BOOMI_REQUESTS_PER_SECOND = 10;
    public static final int MAX_REQUESTS_PER_SECOND = 1_000_000;
    /**
     * The wording of the official document's error list for a 503 ("the server is too busy or the client
     * exceeded the allotted rate limit"); no captured body of the real service says otherwise.
     */
    public static final String MESSAGE =
            "The server is too busy or the client exceeded the allotted rate limit. Have the client try again later.";

    private final RequestRateRepository windows;
    private final EmulatorClock clock;
    /** Read on every Platform request, changed by hand: kept until its table changes. */
    private final VersionedCache<Boolean, Integer> setting;

    public PlatformRateLimit(RequestRateRepository windows, EmulatorClock clock, TableVersions versions) {
        this.windows = windows;
        this.clock = clock;
        this.setting = new VersionedCache<>(versions, PLATFORM_RATE_LIMIT);
    }

    /** Counts a request of {@code accountId}; throws the 503 when the account is over its rate this second. */
    public void admit(String accountId) {
        int limit = setting.get(Boolean.TRUE, ignored -> windows.requestsPerSecond());
        if (limit == 0) {
            return;
        }
        int count = windows.count(accountId, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (count > limit) {
            throw PlatformException.of(503, MESSAGE);
        }
    }

    public int requestsPerSecond() {
        return windows.requestsPerSecond();
    }

    /** 0 switches the limit off. */
    public void setRequestsPerSecond(int requestsPerSecond) {
        if (requestsPerSecond < 0 || requestsPerSecond > MAX_REQUESTS_PER_SECOND) {
            throw new IllegalArgumentException("must be 0 (no limit) to " + MAX_REQUESTS_PER_SECOND + ", got "
                    + requestsPerSecond);
        }
        windows.setRequestsPerSecond(requestsPerSecond);
    }
}

package dev.boomiemulator.server;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Validation verdicts remembered by a key that decides them wholly ({@link ParameterVerdicts},
 * {@link RequestVerdicts}). The library's reports are immutable, so a remembered one is the very report a new check
 * would give. At most a given number are kept ({@link #CAPACITY} unless said); when full the memory starts over (no
 * eviction order to maintain per hit).
 */
final class RememberedVerdicts<K> {
    static final int CAPACITY = 10_000;

    private final Map<K, ValidationReport> verdicts = new ConcurrentHashMap<>();
    private final int capacity;

    RememberedVerdicts() {
        this(CAPACITY);
    }

    RememberedVerdicts(int capacity) {
        this.capacity = capacity;
    }

    /** The verdict remembered for {@code key}, else {@code check}'s, remembered from now on. */
    ValidationReport verdict(K key, Supplier<ValidationReport> check) {
        ValidationReport verdict = verdicts.get(key);
        if (verdict == null) {
            verdict = check.get();
            if (verdicts.size() >= capacity) {
                verdicts.clear();
            }
            verdicts.put(key, verdict);
        }
        return verdict;
    }
}

package dev.boomiemulator.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A test of how the emulator's own HTTP front reads a malformed request line (bad escapes, an encoded NUL, hostile
 * fuzz input). Skipped when the suite runs on replicas behind a balancer ({@code -Papi-tests-on-two-replicas}): the
 * balancer parses the request line first and answers such requests itself, as nginx does in front of a shared
 * instance, so the test would be testing the balancer.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(named = "boomi.emulator.replicas", matches = "[2-8]",
        disabledReason = "behind a balancer, the balancer reads the request line first")
public @interface RequestLineTest {
}

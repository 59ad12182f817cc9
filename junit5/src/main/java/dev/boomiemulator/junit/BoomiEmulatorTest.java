package dev.boomiemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one embedded emulator for the test class on a free port, resets it to its fixtures before
 * each test method, and injects {@link EmulatorRuntimeInfo} into test and lifecycle methods.
 *
 * <pre>{@code
 * @BoomiEmulatorTest(fixtures = "fixtures/my-account.json")
 * class MyTest {
 *     @Test
 *     void lists_environments(EmulatorRuntimeInfo emulator) { ... emulator.platformUrl() ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BoomiEmulatorExtension.class)
public @interface BoomiEmulatorTest {
    /** Fixture documents or folders on the test classpath, loaded after the default set. */
    String[] fixtures() default {};

    /** Whether the built-in demo fixtures are loaded. */
    boolean defaultFixtures() default true;

    /** An ISO 8601 instant to freeze the clock at; empty leaves it running. */
    String frozenClock() default "";

    /** Whether state goes back to the fixtures before every test method. */
    boolean resetBetweenTests() default true;
}

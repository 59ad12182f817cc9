package dev.boomiemulator.platform.environment;

import dev.boomiemulator.platform.PlatformException;
import java.util.Locale;

/** Environment classifications: PROD (also spelled PRODUCTION) and TEST. */
final class Classification {
    static final String DEFAULT = "PROD";

    private Classification() {
    }

    /** The stored, comparable form of a classification; anything else is a 400. */
    static String canonical(String given) {
        return switch (given.toUpperCase(Locale.ROOT)) {
            case "PROD", "PRODUCTION" -> "PROD";
            case "TEST" -> "TEST";
            default -> throw PlatformException.badRequest("Invalid classification '" + given
                    + "': use PROD (or PRODUCTION) or TEST.");
        };
    }

    /** For filters: both spellings find the same environments. */
    static String alias(String upperCased) {
        return upperCased.equals("PRODUCTION") ? "PROD" : upperCased;
    }
}

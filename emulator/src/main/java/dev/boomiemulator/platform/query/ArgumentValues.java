package dev.boomiemulator.platform.query;

import dev.boomiemulator.platform.PlatformException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns QueryFilter argument text into the typed value a property compares with. */
final class ArgumentValues {
    private ArgumentValues() {
    }

    static Object typed(FilterProperty property, String argument) {
        if (argument == null) {
            throw PlatformException.badRequest("Argument for property '" + property.name() + "' must not be null.");
        }
        return switch (property.type()) {
            case STRING -> argument;
            case ENUM -> property.aliases().apply(argument.toUpperCase(Locale.ROOT));
            case NUMBER -> number(property, argument);
            case DATE -> OffsetDateTime.ofInstant(instant(property, argument), ZoneOffset.UTC);
            case BOOLEAN -> bool(property, argument);
        };
    }

    private static BigDecimal number(FilterProperty property, String argument) {
        try {
            return new BigDecimal(argument.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.badRequest("Argument '" + argument + "' for property '" + property.name()
                    + "' is not a number.");
        }
    }

    private static Boolean bool(FilterProperty property, String argument) {
        return switch (argument.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw PlatformException.badRequest("Argument '" + argument + "' for property '"
                    + property.name() + "' must be true or false.");
        };
    }

    /** ISO 8601 with a zone, without one (read as UTC), or a bare date (its start, UTC). */
    static Instant instant(FilterProperty property, String argument) {
        String text = argument.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException withoutZone) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw PlatformException.badRequest("Argument '" + argument + "' for property '"
                            + property.name() + "' is not a date (use ISO 8601, e.g. 2026-01-01T00:00:00Z).");
                }
            }
        }
    }
}

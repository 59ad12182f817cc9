package dev.boomiemulator.dataintegration;

import dev.boomiemulator.dataintegration.DataIntegrationException.ValidationItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datetimes as the Data Integration API writes them ({@code YYYY-MM-DDTHH:MM:SS.ffffff}, UTC, no suffix)
 * and reads them in query parameters (that form, a bare date, or RFC 3339 with an offset).
 */
public final class DiTime {
    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    private static final Pattern QUERY = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ](\\d{2}:\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private DiTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : WIRE.format(instant);
    }

    public static String format(OffsetDateTime time) {
        return time == null ? null : format(time.toInstant());
    }

    /** A query parameter's datetime; no offset means UTC. A value that is none is a 422 for {@code name}. */
    public static Instant parseQuery(String name, String text) {
        Matcher m = QUERY.matcher(text.trim());
        if (!m.matches()) {
            throw invalid(name);
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) == null) {
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            StringBuilder iso = new StringBuilder(m.group(1)).append('T').append(m.group(2));
            iso.append(':').append(m.group(3) == null ? "00" : m.group(3));
            if (m.group(4) != null) {
                iso.append('.').append(m.group(4));
            }
            LocalDateTime local = LocalDateTime.parse(iso);
            ZoneOffset offset = offset(m.group(5));
            return local.toInstant(offset);
        } catch (DateTimeParseException e) {
            throw invalid(name);
        }
    }

    /** A fixture's datetime: ISO 8601 with or without an offset (UTC when none). */
    public static Instant parseFixture(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String normalized = text.length() == 3 ? text + ":00"
                : text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
        return ZoneOffset.of(normalized);
    }

    private static DataIntegrationException invalid(String name) {
        return DataIntegrationException.validation(List.of(new ValidationItem("datetime_from_date_parsing",
                List.of("query", name), "Input should be a valid datetime or date")));
    }
}

package dev.boomiemulator.domain.schedule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six fields of a {@link Schedule} and the syntax each takes, as Boomi's Advanced (cron) scheduling
 * does: {@code *}, a value, a range {@code a-b}, each optionally followed by {@code /step}, and
 * comma-separated lists of these ({@code 0-59/15}, {@code 2,3,4,5,6}, {@code 8-18}, {@code *}).
 * Days of the week run from 1 (Sunday) to 7 (Saturday).
 */
public enum ScheduleField {
    MINUTES("minutes", 0, 59),
    HOURS("hours", 0, 23),
    DAYS_OF_WEEK("daysOfWeek", 1, 7),
    DAYS_OF_MONTH("daysOfMonth", 1, 31),
    MONTHS("months", 1, 12),
    YEARS("years", 1970, 9999);

    private static final Pattern ITEM = Pattern.compile("(\\*|(\\d{1,9})(?:-(\\d{1,9}))?)(?:/(\\d{1,9}))?");

    private final String jsonName;
    private final int min;
    private final int max;

    ScheduleField(String jsonName, int min, int max) {
        this.jsonName = jsonName;
        this.min = min;
        this.max = max;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Why {@code value} is not valid for this field; empty when it is. */
    public Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("must not be empty");
        }
        for (String part : value.split(",", -1)) {
            String item = part.trim();
            Matcher matcher = ITEM.matcher(item);
            if (!matcher.matches()) {
                return Optional.of("'" + value + "' is not valid: use *, a value, a range a-b, an optional /step, "
                        + "and commas between them (e.g. 0-59/15)");
            }
            if (matcher.group(2) != null) {
                long from = Long.parseLong(matcher.group(2));
                long to = matcher.group(3) != null ? Long.parseLong(matcher.group(3)) : from;
                if (from < min || from > max || to < min || to > max) {
                    return Optional.of("'" + value + "' is out of range: " + jsonName + " go from " + min + " to " + max);
                }
                if (from > to) {
                    return Optional.of("'" + value + "' has a range that runs backwards (" + from + "-" + to + ")");
                }
            }
            if (matcher.group(4) != null && Long.parseLong(matcher.group(4)) < 1) {
                return Optional.of("'" + value + "' has a step of 0; a step is at least 1");
            }
        }
        return Optional.empty();
    }
}

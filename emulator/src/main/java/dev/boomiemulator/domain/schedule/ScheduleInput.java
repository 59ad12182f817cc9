package dev.boomiemulator.domain.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.common.JsonFields;
import java.util.ArrayList;
import java.util.List;

/**
 * New schedules for a process on an Atom, read leniently from a {@code ProcessSchedules}-shaped body and
 * checked field by field. They replace the stored ones whole: an absent or null {@code Schedule} clears
 * the schedules, an absent {@code Retry} clears the retry schedules.
 *
 * <ul>
 *   <li>{@code Schedule} and {@code Retry.Schedule}: a list, a single object, or null; fields may be numbers.</li>
 *   <li>A field that is absent or {@code ""} means {@code *}; an entry whose fields are all absent or empty
 *       (the Connect Now seed's template) is dropped.</li>
 *   <li>{@code Retry.maxRetry}: 0 to 5 (a number or a string). The Platform documents 1 to 5, the Connect Now
 *       seed sends 0 (no retries); both are accepted. Absent means {@value #DEFAULT_MAX_RETRY}.</li>
 * </ul>
 */
public record ScheduleInput(List<Schedule> schedules, List<Schedule> retrySchedules, int maxRetry) {
    public static final int DEFAULT_MAX_RETRY = 5;
    public static final int MAX_RETRY_LIMIT = 5;

    /** No schedules, no retries: what a newly deployed process has. */
    public static final ScheduleInput EMPTY = new ScheduleInput(List.of(), List.of(), DEFAULT_MAX_RETRY);

    /** @throws DomainException 400 naming the field that is wrong (e.g. {@code Schedule[0].minutes}) */
    public static ScheduleInput read(JsonNode body) {
        List<Schedule> schedules = schedules(field(body, "Schedule"), "Schedule");
        JsonNode retry = field(body, "Retry");
        List<Schedule> retrySchedules = List.of();
        int maxRetry = DEFAULT_MAX_RETRY;
        if (retry != null && !retry.isNull()) {
            if (!retry.isObject()) {
                throw DomainException.badRequest("Retry must be an object with Schedule and maxRetry.");
            }
            retrySchedules = schedules(field(retry, "Schedule"), "Retry.Schedule");
            try {
                maxRetry = JsonFields.integer(retry, "maxRetry").map(Long::intValue).orElse(DEFAULT_MAX_RETRY);
            } catch (InvalidInput notANumber) {
                throw DomainException.badRequest("Retry." + notANumber.getMessage() + ".");
            }
            if (maxRetry < 0 || maxRetry > MAX_RETRY_LIMIT) {
                throw DomainException.badRequest("Retry.maxRetry must be between 0 and " + MAX_RETRY_LIMIT
                        + ", not " + maxRetry + ".");
            }
        }
        return new ScheduleInput(schedules, retrySchedules, maxRetry);
    }

    /** {@code Schedule} or {@code schedule}. */
    private static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(name);
        if (value == null) {
            value = node.get(Character.toLowerCase(name.charAt(0)) + name.substring(1));
        }
        return value;
    }

    private static List<Schedule> schedules(JsonNode node, String at) {
        List<Schedule> schedules = new ArrayList<>();
        if (node == null || node.isNull()) {
            return schedules;
        }
        if (node.isObject()) {
            schedule(node, at).ifPresent(schedules::add);
            return schedules;
        }
        if (!node.isArray()) {
            throw DomainException.badRequest(at + " must be a list of schedules.");
        }
        for (int i = 0; i < node.size(); i++) {
            schedule(node.get(i), at + "[" + i + "]").ifPresent(schedules::add);
        }
        return schedules;
    }

    private static java.util.Optional<Schedule> schedule(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return java.util.Optional.empty();
        }
        if (!node.isObject()) {
            throw DomainException.badRequest(at + " must be an object with minutes, hours, daysOfWeek, daysOfMonth, "
                    + "months and years.");
        }
        String[] values = new String[ScheduleField.values().length];
        boolean any = false;
        for (ScheduleField field : ScheduleField.values()) {
            String value = JsonFields.text(node, field.jsonName()).map(String::trim).orElse("");
            if (!value.isEmpty()) {
                any = true;
                field.problem(value).ifPresent(problem -> {
                    throw DomainException.badRequest(at + "." + field.jsonName() + ": " + problem + ".");
                });
            }
            values[field.ordinal()] = value.isEmpty() ? "*" : value;
        }
        if (!any) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Schedule(values[0], values[1], values[2], values[3], values[4], values[5]));
    }
}

package dev.boomiemulator.platform.schedule;

import static dev.boomiemulator.db.jooq.Tables.PROCESS_SCHEDULE;

import dev.boomiemulator.db.jooq.tables.records.ProcessScheduleRecord;
import dev.boomiemulator.domain.schedule.ScheduleRepository;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.util.List;

/** ProcessSchedules and ProcessScheduleStatus are two views of the same rows, filterable by processId and atomId. */
final class ScheduleQueries {
    private static final List<FilterProperty> FILTERS = List.of(
            FilterProperty.string("processId", PROCESS_SCHEDULE.PROCESS_ID),
            FilterProperty.string("atomId", PROCESS_SCHEDULE.ATOM_ID));

    static final QueryDefinition<ProcessScheduleRecord> SCHEDULES = new QueryDefinition<>(
            "ProcessSchedules", PROCESS_SCHEDULE, PROCESS_SCHEDULE.ACCOUNT_ID, PROCESS_SCHEDULE.SEQ,
            FILTERS, List.of(), ScheduleRepository::toSchedules);

    static final QueryDefinition<ProcessScheduleRecord> STATUS = new QueryDefinition<>(
            "ProcessScheduleStatus", PROCESS_SCHEDULE, PROCESS_SCHEDULE.ACCOUNT_ID, PROCESS_SCHEDULE.SEQ,
            FILTERS, List.of(), ScheduleRepository::toStatus);

    private ScheduleQueries() {
    }
}

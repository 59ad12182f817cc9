package dev.boomiemulator.platform.execution;

import static dev.boomiemulator.db.jooq.Tables.EXECUTION_RECORD;

import dev.boomiemulator.db.jooq.tables.records.ExecutionRecordRecord;
import dev.boomiemulator.domain.execution.ExecutionRepository;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.util.List;

/** How the Platform queries execution records (the rows the domain's ExecutionService writes). */
final class ExecutionRecordQueries {
    /** The real service's filterable ExecutionRecord properties; status and executionType match in any case. */
    static final QueryDefinition<ExecutionRecordRecord> QUERY = new QueryDefinition<>(
            "ExecutionRecord", EXECUTION_RECORD, EXECUTION_RECORD.ACCOUNT_ID, EXECUTION_RECORD.SEQ,
            List.of(
                    FilterProperty.string("executionId", EXECUTION_RECORD.EXECUTION_ID),
                    FilterProperty.string("originalExecutionId", EXECUTION_RECORD.ORIGINAL_EXECUTION_ID),
                    FilterProperty.string("account", EXECUTION_RECORD.ACCOUNT_ID),
                    FilterProperty.date("executionTime", EXECUTION_RECORD.EXECUTION_TIME),
                    FilterProperty.enumeration("status", EXECUTION_RECORD.STATUS),
                    FilterProperty.enumeration("executionType", EXECUTION_RECORD.EXECUTION_TYPE),
                    FilterProperty.string("processName", EXECUTION_RECORD.PROCESS_NAME),
                    FilterProperty.string("processId", EXECUTION_RECORD.PROCESS_ID),
                    FilterProperty.string("atomName", EXECUTION_RECORD.ATOM_NAME),
                    FilterProperty.string("atomId", EXECUTION_RECORD.ATOM_ID),
                    FilterProperty.number("inboundDocumentCount", EXECUTION_RECORD.INBOUND_DOCUMENT_COUNT),
                    FilterProperty.number("outboundDocumentCount", EXECUTION_RECORD.OUTBOUND_DOCUMENT_COUNT),
                    FilterProperty.number("executionDuration", EXECUTION_RECORD.EXECUTION_DURATION),
                    FilterProperty.string("message", EXECUTION_RECORD.MESSAGE),
                    FilterProperty.string("reportKey", EXECUTION_RECORD.REPORT_KEY),
                    FilterProperty.string("launcherId", EXECUTION_RECORD.LAUNCHER_ID),
                    FilterProperty.string("nodeId", EXECUTION_RECORD.NODE_ID),
                    FilterProperty.date("recordedDate", EXECUTION_RECORD.RECORDED_DATE)),
            List.of("executionTime"),
            ExecutionRepository::toRecord);

    private ExecutionRecordQueries() {
    }
}

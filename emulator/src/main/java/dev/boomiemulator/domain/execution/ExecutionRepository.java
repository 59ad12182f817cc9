package dev.boomiemulator.domain.execution;

import static dev.boomiemulator.db.jooq.Tables.EXECUTION_FOOTPRINT;
import static dev.boomiemulator.db.jooq.Tables.EXECUTION_RECORD;
import static dev.boomiemulator.db.jooq.Tables.EXECUTION_REQUEST;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.PreparedRead;
import dev.boomiemulator.db.jooq.tables.records.ExecutionRecordRecord;
import dev.boomiemulator.db.jooq.tables.records.ExecutionRequestRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Execution requests and records in the store, always within one account. */
public final class ExecutionRepository {
    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}); what a client polling a run's status reads. */
    private final KeyLookup<ExecutionRecordRecord> executionRecordByExecutionId;
    /** Whether a request is due to start or a run due to end ({@link #anythingDue}), asked before every read. */
    private final PreparedRead anythingDue;
    /** The records of a request ({@link #byRequest}): what a client polling its run reads, again and again. */
    private final PreparedRead recordsOfRequest;

    public ExecutionRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.executionRecordByExecutionId = new KeyLookup<>(dsl, EXECUTION_RECORD, EXECUTION_RECORD.ACCOUNT_ID,
                EXECUTION_RECORD.EXECUTION_ID);
        this.anythingDue = new PreparedRead(dsl, dsl.selectOne().where(DSL.exists(dsl.selectOne().from(EXECUTION_REQUEST)
                        .where(EXECUTION_REQUEST.ACCOUNT_ID.eq(PreparedRead.parameter(EXECUTION_REQUEST.ACCOUNT_ID))
                                .and(EXECUTION_REQUEST.STARTS_AT.le(PreparedRead.parameter(EXECUTION_REQUEST.STARTS_AT)))))
                .or(DSL.exists(dsl.selectOne().from(EXECUTION_RECORD)
                        .where(EXECUTION_RECORD.ACCOUNT_ID.eq(PreparedRead.parameter(EXECUTION_RECORD.ACCOUNT_ID))
                                .and(EXECUTION_RECORD.ENDS_AT.le(PreparedRead.parameter(EXECUTION_RECORD.ENDS_AT))))))));
        this.recordsOfRequest = new PreparedRead(dsl, dsl.selectFrom(EXECUTION_RECORD)
                .where(EXECUTION_RECORD.ACCOUNT_ID.eq(PreparedRead.parameter(EXECUTION_RECORD.ACCOUNT_ID))
                        .and(EXECUTION_RECORD.REQUEST_ID.eq(PreparedRead.parameter(EXECUTION_RECORD.REQUEST_ID))))
                .orderBy(EXECUTION_RECORD.SEQ));
    }

    /**
     * Whether at {@code now} a request of the account is due to start ({@link #due}) or a running execution due to
     * end ({@link #finishRunning}): one read through two indexes, its SQL rendered once. A client polling a run reads
     * the account's executions many times between two such moments.
     */
    public boolean anythingDue(String accountId, Instant now) {
        return anythingDue.exists(accountId, at(now), accountId, at(now));
    }

    /** A record of an execution that has just started: INPROCESS until {@code startedAt + duration}. */
    public void insertRunning(String accountId, String requestId, String executionId, ExecutionPlan plan, Instant startedAt) {
        long duration = plan.simulation().durationMs();
        ExecutionRecordRecord row = dsl.newRecord(EXECUTION_RECORD);
        row.setAccountId(accountId);
        row.setExecutionId(executionId);
        row.setRequestId(requestId);
        row.setProcessId(plan.processId());
        row.setProcessName(plan.processName());
        row.setAtomId(plan.atomId());
        row.setAtomName(plan.atomName());
        row.setExecutionType(plan.executionType());
        row.setStatus("INPROCESS");
        row.setExecutionTime(at(startedAt));
        row.setInboundDocumentCount(0);
        row.setInboundDocumentSize(0L);
        row.setInboundErrorDocumentCount(0);
        row.setOutboundDocumentCount(0);
        row.setOutboundDocumentSize(0L);
        row.setReportKey(plan.reportKey());
        row.setTopLevelExecutionId(executionId);
        row.setEndsAt(at(startedAt.plusMillis(duration)));
        row.setFinalStatus(plan.simulation().outcome());
        row.setFinalMessage(plan.simulation().finalMessage());
        row.setFinalDurationMs(duration);
        row.store();
    }

    /** A record as given (fixtures: history), under an optional request id. */
    public void insert(String accountId, ExecutionRecord record, String requestId) {
        historyRow(accountId, record, requestId).store();
    }

    /**
     * Many history records ({@link #historyRow}s, which set the same columns) in one batch: one statement, rendered
     * once and bound per row. jOOQ's {@code batchInsert} renders each record's SQL anew, and the default fixtures' 300
     * records made that a tenth of an embedded start.
     */
    public void insertAll(List<ExecutionRecordRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Field<?>[] columns = Arrays.stream(EXECUTION_RECORD.fields()).filter(rows.get(0)::changed).toArray(Field[]::new);
        BatchBindStep batch = dsl.batch(dsl.insertInto(EXECUTION_RECORD, columns).values(new Object[columns.length]));
        for (ExecutionRecordRecord row : rows) {
            batch.bind(Arrays.stream(columns).map(row::get).toArray());
        }
        batch.execute();
    }

    /** The execution ids an account already has, to find duplicates without a query per record. */
    public Set<String> executionIds(String accountId) {
        return new HashSet<>(dsl.select(EXECUTION_RECORD.EXECUTION_ID).from(EXECUTION_RECORD)
                .where(EXECUTION_RECORD.ACCOUNT_ID.eq(accountId)).fetch(EXECUTION_RECORD.EXECUTION_ID));
    }

    /** A history record as a row, not yet stored. */
    public ExecutionRecordRecord historyRow(String accountId, ExecutionRecord record, String requestId) {
        ExecutionRecordRecord row = dsl.newRecord(EXECUTION_RECORD);
        row.setAccountId(accountId);
        row.setExecutionId(record.executionId());
        row.setRequestId(requestId);
        row.setProcessId(record.processId());
        row.setProcessName(record.processName());
        row.setAtomId(record.atomId());
        row.setAtomName(record.atomName());
        row.setExecutionType(record.executionType());
        row.setStatus(record.status());
        row.setExecutionTime(at(record.executionTime()));
        row.setRecordedDate(record.recordedDate() == null ? null : at(record.recordedDate()));
        row.setExecutionDuration(record.executionDuration());
        row.setMessage(record.message());
        row.setInboundDocumentCount(record.inboundDocumentCount());
        row.setInboundDocumentSize(record.inboundDocumentSize());
        row.setInboundErrorDocumentCount(record.inboundErrorDocumentCount());
        row.setOutboundDocumentCount(record.outboundDocumentCount());
        row.setOutboundDocumentSize(record.outboundDocumentSize());
        row.setReportKey(record.reportKey());
        row.setLauncherId(record.launcherId());
        row.setNodeId(record.nodeId());
        row.setOriginalExecutionId(record.originalExecutionId());
        row.setParentExecutionId(record.parentExecutionId());
        row.setTopLevelExecutionId(record.topLevelExecutionId());
        return row;
    }

    public boolean executionExists(String accountId, String executionId) {
        return dsl.fetchExists(EXECUTION_RECORD, EXECUTION_RECORD.ACCOUNT_ID.eq(accountId)
                .and(EXECUTION_RECORD.EXECUTION_ID.eq(executionId)));
    }

    /** An execution that starts later: no record until {@code startsAt}. */
    public void insertPending(String accountId, String requestId, String executionId, ExecutionPlan plan, Instant startsAt) {
        ExecutionRequestRecord row = dsl.newRecord(EXECUTION_REQUEST);
        row.setAccountId(accountId);
        row.setRequestId(requestId);
        row.setExecutionId(executionId);
        row.setProcessId(plan.processId());
        row.setProcessName(plan.processName());
        row.setAtomId(plan.atomId());
        row.setAtomName(plan.atomName());
        row.setExecutionType(plan.executionType());
        row.setReportKey(plan.reportKey());
        row.setStartsAt(at(startsAt));
        row.setDurationMs(plan.simulation().durationMs());
        row.setFinalStatus(plan.simulation().outcome());
        row.setFinalMessage(plan.simulation().finalMessage());
        row.store();
    }

    /** Pending executions whose start the clock has reached, earliest first. */
    public List<ExecutionRequestRecord> due(String accountId, Instant now) {
        return dsl.selectFrom(EXECUTION_REQUEST)
                .where(EXECUTION_REQUEST.ACCOUNT_ID.eq(accountId).and(EXECUTION_REQUEST.STARTS_AT.le(at(now))))
                .orderBy(EXECUTION_REQUEST.STARTS_AT, EXECUTION_REQUEST.SEQ)
                .fetch();
    }

    /** @return whether this call removed it (so exactly one caller turns it into a record) */
    public boolean deletePending(String accountId, String requestId) {
        return dsl.deleteFrom(EXECUTION_REQUEST)
                .where(EXECUTION_REQUEST.ACCOUNT_ID.eq(accountId).and(EXECUTION_REQUEST.REQUEST_ID.eq(requestId)))
                .execute() == 1;
    }

    public boolean pendingExists(String accountId, String requestId) {
        return dsl.fetchExists(EXECUTION_REQUEST, EXECUTION_REQUEST.ACCOUNT_ID.eq(accountId)
                .and(EXECUTION_REQUEST.REQUEST_ID.eq(requestId)));
    }

    /** Ends every running execution whose end the clock has reached, as its simulation said. */
    public void finishRunning(String accountId, Instant now) {
        dsl.update(EXECUTION_RECORD)
                .set(EXECUTION_RECORD.STATUS, EXECUTION_RECORD.FINAL_STATUS)
                .set(EXECUTION_RECORD.MESSAGE, EXECUTION_RECORD.FINAL_MESSAGE)
                .set(EXECUTION_RECORD.RECORDED_DATE, EXECUTION_RECORD.ENDS_AT)
                .set(EXECUTION_RECORD.EXECUTION_DURATION, EXECUTION_RECORD.FINAL_DURATION_MS)
                .set(EXECUTION_RECORD.ENDS_AT, DSL.castNull(EXECUTION_RECORD.ENDS_AT))
                .where(EXECUTION_RECORD.ACCOUNT_ID.eq(accountId)
                        .and(EXECUTION_RECORD.ENDS_AT.isNotNull())
                        .and(EXECUTION_RECORD.ENDS_AT.le(at(now))))
                .execute();
    }

    public List<ExecutionRecord> byRequest(String accountId, String requestId) {
        return recordsOfRequest.fetch(EXECUTION_RECORD, accountId, requestId).map(ExecutionRepository::toRecord);
    }

    /** Records from {@code from} on (all when null), oldest first, ties by execution id. */
    public List<ExecutionRecord> since(String accountId, Instant from, int limit) {
        Condition scope = EXECUTION_RECORD.ACCOUNT_ID.eq(accountId);
        if (from != null) {
            scope = scope.and(EXECUTION_RECORD.EXECUTION_TIME.ge(at(from)));
        }
        return dsl.selectFrom(EXECUTION_RECORD)
                .where(scope)
                .orderBy(EXECUTION_RECORD.EXECUTION_TIME, EXECUTION_RECORD.EXECUTION_ID)
                .limit(limit)
                .fetch(ExecutionRepository::toRecord);
    }

    public Optional<ExecutionRecord> byExecutionId(String accountId, String executionId) {
        return executionRecordByExecutionId.fetchOptional(accountId, executionId).map(ExecutionRepository::toRecord);
    }

    /**
     * Ends a running execution now as ABORTED, as a cancel does. @return whether it was running
     */
    public boolean abort(String accountId, String executionId, Instant now, long durationMs, String message) {
        return dsl.update(EXECUTION_RECORD)
                .set(EXECUTION_RECORD.STATUS, "ABORTED")
                .set(EXECUTION_RECORD.MESSAGE, message)
                .set(EXECUTION_RECORD.RECORDED_DATE, at(now))
                .set(EXECUTION_RECORD.EXECUTION_DURATION, durationMs)
                .set(EXECUTION_RECORD.ENDS_AT, DSL.castNull(EXECUTION_RECORD.ENDS_AT))
                .where(EXECUTION_RECORD.ACCOUNT_ID.eq(accountId).and(EXECUTION_RECORD.EXECUTION_ID.eq(executionId))
                        .and(EXECUTION_RECORD.ENDS_AT.isNotNull()))
                .execute() == 1;
    }

    /**
     * Finished executions with no row in {@code execution_footprint} yet, oldest first, at most {@code limit}: among
     * the rows still due (read by key), so that no read goes through the executions whose footprint is made.
     */
    public List<ExecutionRecord> finishedWithoutFootprint(String accountId, int limit) {
        return dsl.selectFrom(EXECUTION_RECORD)
                .where(EXECUTION_RECORD.ACCOUNT_ID.eq(accountId).and(EXECUTION_RECORD.FOOTPRINT_DUE.isTrue())
                        .and(EXECUTION_RECORD.ENDS_AT.isNull()).and(EXECUTION_RECORD.STATUS.ne("INPROCESS"))
                        .andNotExists(DSL.selectOne().from(EXECUTION_FOOTPRINT)
                                .where(EXECUTION_FOOTPRINT.ACCOUNT_ID.eq(accountId)
                                        .and(EXECUTION_FOOTPRINT.EXECUTION_ID.eq(EXECUTION_RECORD.EXECUTION_ID)))))
                .orderBy(EXECUTION_RECORD.SEQ)
                .limit(limit)
                .fetch(ExecutionRepository::toRecord);
    }

    public void markFootprints(String accountId, List<String> executionIds) {
        if (executionIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(EXECUTION_FOOTPRINT, EXECUTION_FOOTPRINT.ACCOUNT_ID, EXECUTION_FOOTPRINT.EXECUTION_ID);
        for (String executionId : executionIds) {
            insert = insert.values(accountId, executionId);
        }
        insert.execute();
        // one update per execution, by key, in one batch: an update of "execution_id in (the list)" compares each row
        // of the account with every id
        BatchBindStep noLongerDue = dsl.batch(dsl.update(EXECUTION_RECORD).set(EXECUTION_RECORD.FOOTPRINT_DUE, false)
                .where(EXECUTION_RECORD.ACCOUNT_ID.eq((String) null)
                        .and(EXECUTION_RECORD.EXECUTION_ID.eq((String) null))));
        for (String executionId : executionIds) {
            noLongerDue.bind(false, accountId, executionId);
        }
        noLongerDue.execute();
    }

    /** The executions an Atom ran that started within {@code [from, to)}, oldest first. */
    public List<ExecutionRecord> onAtom(String accountId, String atomId, Instant from, Instant to) {
        return dsl.selectFrom(EXECUTION_RECORD)
                .where(EXECUTION_RECORD.ACCOUNT_ID.eq(accountId).and(EXECUTION_RECORD.ATOM_ID.eq(atomId))
                        .and(EXECUTION_RECORD.EXECUTION_TIME.ge(at(from))).and(EXECUTION_RECORD.EXECUTION_TIME.lt(at(to))))
                .orderBy(EXECUTION_RECORD.EXECUTION_TIME, EXECUTION_RECORD.EXECUTION_ID)
                .fetch(ExecutionRepository::toRecord);
    }

    /** A stored row as the wire object; also the Platform query's renderer. */
    public static ExecutionRecord toRecord(ExecutionRecordRecord row) {
        return new ExecutionRecord(row.getAccountId(), row.getExecutionId(), row.getExecutionTime().toInstant(),
                row.getStatus(), row.getExecutionType(), row.getProcessName(), row.getProcessId(), row.getAtomName(),
                row.getAtomId(), row.getInboundDocumentCount(), row.getInboundErrorDocumentCount(),
                row.getOutboundDocumentCount(), row.getExecutionDuration(), row.getInboundDocumentSize(),
                row.getOutboundDocumentSize(),
                row.getRecordedDate() == null ? null : row.getRecordedDate().toInstant(),
                row.getMessage(), row.getReportKey(), row.getLauncherId(), row.getNodeId(),
                row.getOriginalExecutionId(), row.getParentExecutionId(), row.getTopLevelExecutionId());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

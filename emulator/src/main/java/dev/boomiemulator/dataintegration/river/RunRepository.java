package dev.boomiemulator.dataintegration.river;

import static dev.boomiemulator.db.jooq.Tables.DI_RUN;
import static dev.boomiemulator.db.jooq.Tables.DI_RUN_REQUEST;

import dev.boomiemulator.db.jooq.tables.records.DiRunRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;

/** Runs of data flows and the run requests the throttling windows count, within one account. */
public final class RunRepository {
    private final DSLContext dsl;

    public RunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every run of a data flow (its sub-rivers' included), in the order they were requested. */
    public List<Run> list(String accountId, String environmentId, String riverId) {
        return dsl.selectFrom(DI_RUN)
                .where(ofRiver(accountId, environmentId, riverId))
                .orderBy(DI_RUN.SEQ)
                .fetch(RunRepository::toRun);
    }

    /** The run with this id, else the first run of the group with this id. */
    public Optional<Run> findByIdOrGroup(String accountId, String environmentId, String riverId, String id) {
        return dsl.selectFrom(DI_RUN)
                .where(ofRiver(accountId, environmentId, riverId).and(DI_RUN.ID.eq(id).or(DI_RUN.GROUP_ID.eq(id))))
                .orderBy(DI_RUN.ID.eq(id).desc(), DI_RUN.SEQ)
                .limit(1)
                .fetchOptional(RunRepository::toRun);
    }

    /** A run of the data flow (or of one sub-river) that has not finished by {@code now}. */
    public Optional<Run> inProgress(String accountId, String environmentId, String riverId, String subRiverId,
                                    Instant now) {
        Condition sub = subRiverId == null ? DI_RUN.SUB_RIVER_ID.isNull() : DI_RUN.SUB_RIVER_ID.eq(subRiverId);
        return dsl.selectFrom(DI_RUN)
                .where(ofRiver(accountId, environmentId, riverId).and(sub)
                        .and(DI_RUN.END_AT.gt(now.atOffset(ZoneOffset.UTC))))
                .orderBy(DI_RUN.SEQ)
                .limit(1)
                .fetchOptional(RunRepository::toRun);
    }

    public void insert(String accountId, Run run) {
        insert(dsl, accountId, run);
    }

    public static void insert(DSLContext tx, String accountId, Run run) {
        tx.insertInto(DI_RUN)
                .set(DI_RUN.ACCOUNT_ID, accountId)
                .set(DI_RUN.ENVIRONMENT_ID, run.environmentId())
                .set(DI_RUN.RIVER_ID, run.riverId())
                .set(DI_RUN.SUB_RIVER_ID, run.subRiverId())
                .set(DI_RUN.ID, run.id())
                .set(DI_RUN.GROUP_ID, run.groupId())
                .set(DI_RUN.TARGET_NAME, run.targetName())
                .set(DI_RUN.SOURCE_NAME, run.sourceName())
                .set(DI_RUN.DATASOURCE_ID, run.datasourceId())
                .set(DI_RUN.REQUESTED_AT, run.requestedAt().atOffset(ZoneOffset.UTC))
                .set(DI_RUN.RUNNING_AT, run.runningAt().atOffset(ZoneOffset.UTC))
                .set(DI_RUN.END_AT, run.endAt().atOffset(ZoneOffset.UTC))
                .set(DI_RUN.OUTCOME, run.outcome())
                .set(DI_RUN.MESSAGE, run.message())
                .set(DI_RUN.UNITS, run.units())
                .set(DI_RUN.TABLES, run.tables().isEmpty() ? null : String.join("\n", run.tables()))
                .execute();
    }

    public static boolean exists(DSLContext tx, String accountId, String environmentId, String id) {
        return tx.fetchExists(DI_RUN, DI_RUN.ACCOUNT_ID.eq(accountId).and(DI_RUN.ENVIRONMENT_ID.eq(environmentId))
                .and(DI_RUN.ID.eq(id)));
    }

    // ------------------------------------------------------------------ throttling

    /** When the requests counted against a data flow after {@code since} were made, oldest first. */
    public List<Instant> riverRequestsSince(String accountId, String riverKey, Instant since) {
        return requestsSince(accountId, DI_RUN_REQUEST.RIVER_KEY, riverKey, since);
    }

    /** When the requests counted against a token after {@code since} were made, oldest first. */
    public List<Instant> tokenRequestsSince(String accountId, long tokenSeq, Instant since) {
        return requestsSince(accountId, DI_RUN_REQUEST.TOKEN_SEQ, tokenSeq, since);
    }

    public void recordRequest(String accountId, long tokenSeq, String riverKey, Instant at) {
        dsl.insertInto(DI_RUN_REQUEST)
                .set(DI_RUN_REQUEST.ACCOUNT_ID, accountId)
                .set(DI_RUN_REQUEST.TOKEN_SEQ, tokenSeq)
                .set(DI_RUN_REQUEST.RIVER_KEY, riverKey)
                .set(DI_RUN_REQUEST.REQUESTED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    private <T> List<Instant> requestsSince(String accountId, TableField<?, T> key, T value, Instant since) {
        return dsl.select(DI_RUN_REQUEST.REQUESTED_AT).from(DI_RUN_REQUEST)
                .where(DI_RUN_REQUEST.ACCOUNT_ID.eq(accountId).and(key.eq(value))
                        .and(DI_RUN_REQUEST.REQUESTED_AT.gt(since.atOffset(ZoneOffset.UTC))))
                .orderBy(DI_RUN_REQUEST.REQUESTED_AT)
                .fetch(row -> row.value1().toInstant());
    }

    private static Condition ofRiver(String accountId, String environmentId, String riverId) {
        return DI_RUN.ACCOUNT_ID.eq(accountId).and(DI_RUN.ENVIRONMENT_ID.eq(environmentId))
                .and(DI_RUN.RIVER_ID.eq(riverId));
    }

    private static Run toRun(DiRunRecord row) {
        return new Run(row.getSeq(), row.getId(), row.getGroupId(), row.getEnvironmentId(), row.getRiverId(),
                row.getSubRiverId(), row.getTargetName(), row.getSourceName(), row.getDatasourceId(),
                row.getRequestedAt().toInstant(), row.getRunningAt().toInstant(), row.getEndAt().toInstant(),
                row.getOutcome(), row.getMessage(), row.getUnits(),
                row.getTables() == null ? List.of() : Arrays.asList(row.getTables().split("\n")));
    }
}

package dev.boomiemulator.dataintegration.river;

import static dev.boomiemulator.db.jooq.Tables.DI_RUN;
import static dev.boomiemulator.db.jooq.Tables.DI_RUN_REQUEST;

import dev.boomiemulator.db.jooq.tables.records.DiRunRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Runs of data flows and the run requests the throttling windows count, within one account. */
public final class RunRepository {
    private final DSLContext dsl;

    public RunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of a data flow's runs (its sub-rivers' included), and how many match in all. */
    public record RunPage(List<Run> runs, int total) {
    }

    /**
     * The runs of a data flow that {@code query} keeps, in its order, {@code limit} of them from {@code offset}: the
     * filters, the order and the page are the database's, so only the page is read (the runs of a busy data flow
     * grow without bound). A run's units count as 0 until it has finished by {@code now}, as the list shows them.
     */
    public RunPage page(String accountId, String environmentId, String riverId, RunService.RunQuery query,
                        Instant now, long offset, int limit) {
        Condition kept = ofRiver(accountId, environmentId, riverId)
                .and(DI_RUN.REQUESTED_AT.between(query.start().atOffset(ZoneOffset.UTC), query.end().atOffset(ZoneOffset.UTC)));
        if (query.targetName() != null) {
            kept = kept.and(DI_RUN.TARGET_NAME.eq(query.targetName()));
        }
        if (query.runGroupId() != null) {
            kept = kept.and(DSL.lower(DI_RUN.GROUP_ID).eq(query.runGroupId().toLowerCase(Locale.ROOT)));
        }
        if (query.subRiverId() != null) {
            kept = kept.and(DSL.lower(DI_RUN.SUB_RIVER_ID).eq(query.subRiverId().toLowerCase(Locale.ROOT)));
        }
        List<Run> runs = dsl.selectFrom(DI_RUN).where(kept).orderBy(order(query, now))
                .limit(limit).offset(offset)
                .fetch(RunRepository::toRun);
        return new RunPage(runs, dsl.fetchCount(DI_RUN, kept));
    }

    /** The list's order: by request time, units or table name (without a table name last either way), then seq. */
    private static List<SortField<?>> order(RunService.RunQuery query, Instant now) {
        boolean ascending = query.ascending();
        List<SortField<?>> order = new ArrayList<>();
        switch (query.sortBy()) {
            case "units" -> {
                Field<Double> units = DSL.when(DI_RUN.END_AT.le(now.atOffset(ZoneOffset.UTC)), DI_RUN.UNITS)
                        .otherwise(0.0);
                order.add(ascending ? units.asc() : units.desc());
            }
            case "table_name" -> {
                order.add(DSL.when(DI_RUN.TARGET_NAME.isNull(), 1).otherwise(0).asc());
                order.add(ascending ? DI_RUN.TARGET_NAME.asc() : DI_RUN.TARGET_NAME.desc());
            }
            default -> order.add(ascending ? DI_RUN.REQUESTED_AT.asc() : DI_RUN.REQUESTED_AT.desc());
        }
        order.add(ascending ? DI_RUN.SEQ.asc() : DI_RUN.SEQ.desc());
        return order;
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

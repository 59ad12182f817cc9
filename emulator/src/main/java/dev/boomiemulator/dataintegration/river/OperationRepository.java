package dev.boomiemulator.dataintegration.river;

import static dev.boomiemulator.db.jooq.Tables.DI_OPERATION;
import static dev.boomiemulator.db.jooq.Tables.DI_RIVER;

import dev.boomiemulator.db.jooq.tables.records.DiOperationRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

/** Activation and disabling operations, within one account. */
public final class OperationRepository {
    private final DSLContext dsl;

    public OperationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(String accountId, Operation operation) {
        dsl.insertInto(DI_OPERATION)
                .set(DI_OPERATION.ACCOUNT_ID, accountId)
                .set(DI_OPERATION.ENVIRONMENT_ID, operation.environmentId())
                .set(DI_OPERATION.ID, operation.id())
                .set(DI_OPERATION.RIVER_ID, operation.riverId())
                .set(DI_OPERATION.TYPE, operation.type())
                .set(DI_OPERATION.RUN_ID, operation.runId())
                .set(DI_OPERATION.CREATED_AT, operation.createdAt().atOffset(ZoneOffset.UTC))
                .set(DI_OPERATION.RUNNING_AT, operation.runningAt().atOffset(ZoneOffset.UTC))
                .set(DI_OPERATION.DUE_AT, operation.dueAt().atOffset(ZoneOffset.UTC))
                .set(DI_OPERATION.OUTCOME, operation.outcome())
                .set(DI_OPERATION.ERROR_MESSAGE, operation.errorMessage())
                .set(DI_OPERATION.APPLIED, false)
                .execute();
    }

    public Optional<Operation> find(String accountId, String environmentId, String id) {
        return dsl.selectFrom(DI_OPERATION)
                .where(DI_OPERATION.ACCOUNT_ID.eq(accountId).and(DI_OPERATION.ENVIRONMENT_ID.eq(environmentId))
                        .and(DI_OPERATION.ID.eq(id)))
                .fetchOptional(OperationRepository::toOperation);
    }

    /**
     * Carries every operation of the account that has ended by {@code now} over to its data flow (in the
     * order they ended): a {@code D} activation makes the data flow active, a {@code D} disabling
     * disabled; an {@code E} changes nothing.
     */
    public void settle(String accountId, Instant now) {
        var due = DI_OPERATION.ACCOUNT_ID.eq(accountId).and(DI_OPERATION.APPLIED.isFalse())
                .and(DI_OPERATION.DUE_AT.le(now.atOffset(ZoneOffset.UTC)));
        if (!dsl.fetchExists(DI_OPERATION, due)) {
            return;
        }
        dsl.transaction(() -> {
            DSLContext tx = dsl;
            for (DiOperationRecord row : tx.selectFrom(DI_OPERATION).where(due)
                    .orderBy(DI_OPERATION.DUE_AT, DI_OPERATION.SEQ).fetch()) {
                Operation operation = toOperation(row);
                if (Operation.DONE.equals(operation.outcome())) {
                    tx.update(DI_RIVER)
                            .set(DI_RIVER.STATUS, operation.resultingRiverStatus())
                            .where(DI_RIVER.ACCOUNT_ID.eq(accountId)
                                    .and(DI_RIVER.ENVIRONMENT_ID.eq(operation.environmentId()))
                                    .and(DI_RIVER.ID.eq(operation.riverId())))
                            .execute();
                }
                tx.update(DI_OPERATION).set(DI_OPERATION.APPLIED, true)
                        .where(DI_OPERATION.SEQ.eq(row.getSeq())).execute();
            }
        });
    }

    private static Operation toOperation(DiOperationRecord row) {
        return new Operation(row.getId(), row.getEnvironmentId(), row.getRiverId(), row.getType(), row.getRunId(),
                row.getCreatedAt().toInstant(), row.getRunningAt().toInstant(), row.getDueAt().toInstant(),
                row.getOutcome(), row.getErrorMessage());
    }
}

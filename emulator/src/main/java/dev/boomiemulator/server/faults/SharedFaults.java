package dev.boomiemulator.server.faults;

import static dev.boomiemulator.db.jooq.Tables.EMULATOR_FAULT;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.boomiemulator.common.Json;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Fault rules in the database ({@code EMULATOR_FAULT}), for emulators that share it: a rule added through one fires
 * on requests to any, and its counts are kept by the database, each count one atomic update, so "every 3rd match,
 * twice" means the same across replicas as in one emulator.
 */
public final class SharedFaults implements FaultStore {
    private final DSLContext dsl;

    public SharedFaults(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FaultRule> all() {
        return dsl.selectFrom(EMULATOR_FAULT).orderBy(EMULATOR_FAULT.SEQ)
                .fetch(row -> new FaultRule(row.getId(), parse(row.getDefinition()), row.getMatched(), row.getFired()));
    }

    /** Stores a rule under the next {@code fault-N}, N from the table's sequence, so replicas never give one id twice. */
    @Override
    public FaultRule add(FaultRule.Definition definition) {
        return dsl.transactionResult(() -> {
            long seq = dsl.insertInto(EMULATOR_FAULT)
                    .set(EMULATOR_FAULT.ID, UUID.randomUUID().toString())
                    .set(EMULATOR_FAULT.DEFINITION, write(definition))
                    .set(EMULATOR_FAULT.MATCHED, 0L)
                    .set(EMULATOR_FAULT.FIRED, 0L)
                    .returningResult(EMULATOR_FAULT.SEQ).fetchOne().value1();
            String id = "fault-" + seq;
            dsl.update(EMULATOR_FAULT).set(EMULATOR_FAULT.ID, id).where(EMULATOR_FAULT.SEQ.eq(seq)).execute();
            return new FaultRule(id, definition);
        });
    }

    @Override
    public boolean remove(String id) {
        return dsl.deleteFrom(EMULATOR_FAULT).where(EMULATOR_FAULT.ID.eq(id)).execute() > 0;
    }

    @Override
    public int clear() {
        return dsl.deleteFrom(EMULATOR_FAULT).execute();
    }

    /** Whether the stored rule fires for one more match, counted in the database. */
    @Override
    public boolean fires(FaultRule rule) {
        return rule.fires(() -> count(rule.id(), true), () -> count(rule.id(), false));
    }

    private long count(String id, boolean match) {
        var counter = match ? EMULATOR_FAULT.MATCHED : EMULATOR_FAULT.FIRED;
        var counted = dsl.update(EMULATOR_FAULT).set(counter, counter.plus(1)).where(EMULATOR_FAULT.ID.eq(id))
                .returningResult(counter).fetchOne();
        return counted == null ? Long.MAX_VALUE : counted.value1(); // removed meanwhile: it no longer fires
    }

    private static String write(FaultRule.Definition definition) {
        try {
            return Json.mapper().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fault rule is plain data", e);
        }
    }

    private static FaultRule.Definition parse(String definition) {
        try {
            return Json.mapper().readValue(definition, FaultRule.Definition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fault rule is not the emulator's", e);
        }
    }
}

package dev.boomiemulator.server.journal;

import static dev.boomiemulator.db.jooq.Tables.EMULATOR_JOURNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.db.jooq.tables.records.EmulatorJournalRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The journal in the database ({@code EMULATOR_JOURNAL}), for emulators that share it: every replica writes the
 * requests it answered there, so a search sees them all, newest first by the table's identity. It keeps the newest
 * {@code capacity} entries, like the memory ring: older rows are out of every search at once and deleted in batches.
 */
final class SharedJournal implements JournalStore {
    /** Older rows are deleted every this many entries, not on every request. */
    private static final int TRIM_EVERY = 64;
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final int capacity;

    SharedJournal(DSLContext dsl, int capacity) {
        this.dsl = dsl;
        this.capacity = capacity;
    }

    @Override
    public void record(JournalEntry entry) {
        long id = dsl.insertInto(EMULATOR_JOURNAL)
                .set(EMULATOR_JOURNAL.ANSWERED_AT, entry.time().toString())
                .set(EMULATOR_JOURNAL.METHOD, storable(entry.method()))
                .set(EMULATOR_JOURNAL.PATH, storable(entry.path()))
                .set(EMULATOR_JOURNAL.QUERY_STRING, storable(entry.query()))
                .set(EMULATOR_JOURNAL.FAMILY, entry.family())
                .set(EMULATOR_JOURNAL.ACCOUNT, storable(entry.account()))
                .set(EMULATOR_JOURNAL.HEADERS, storable(write(entry.headers())))
                .set(EMULATOR_JOURNAL.BODY, storable(entry.body()))
                .set(EMULATOR_JOURNAL.BODY_TRUNCATED, entry.bodyTruncated())
                .set(EMULATOR_JOURNAL.STATUS, entry.status())
                .set(EMULATOR_JOURNAL.RESPONSE, storable(entry.response()))
                .set(EMULATOR_JOURNAL.RESPONSE_TRUNCATED, entry.responseTruncated())
                .set(EMULATOR_JOURNAL.LATENCY_MS, entry.latencyMs())
                .returningResult(EMULATOR_JOURNAL.ID).fetchOne().value1();
        if (id % TRIM_EVERY == 0) {
            dsl.deleteFrom(EMULATOR_JOURNAL).where(EMULATOR_JOURNAL.ID.le(id - capacity)).execute();
        }
    }

    /**
     * Family, account and method are chosen by the database; the caller applies the rest of the filter. The
     * entries come without headers and bodies, which a filter never reads: a count of a full journal would
     * otherwise read megabytes ({@link #complete} adds them to the page that is shown).
     */
    @Override
    public List<JournalEntry> newestFirst(JournalFilter filter) {
        Condition kept = kept();
        if (filter.family() != null) {
            kept = kept.and(EMULATOR_JOURNAL.FAMILY.eq(filter.family()));
        }
        if (filter.account() != null) {
            kept = kept.and(EMULATOR_JOURNAL.ACCOUNT.eq(filter.account()));
        }
        if (filter.method() != null) {
            kept = kept.and(EMULATOR_JOURNAL.METHOD.eq(filter.method()));
        }
        return dsl.select(SUMMARY).from(EMULATOR_JOURNAL).where(kept).orderBy(EMULATOR_JOURNAL.ID.desc())
                .fetch(row -> summary(row.into(EMULATOR_JOURNAL)));
    }

    @Override
    public List<JournalEntry> complete(List<JournalEntry> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, JournalEntry> whole = dsl.selectFrom(EMULATOR_JOURNAL)
                .where(EMULATOR_JOURNAL.ID.in(page.stream().map(JournalEntry::id).toList()))
                .fetchMap(EMULATOR_JOURNAL.ID, SharedJournal::entry);
        // an entry trimmed or cleared meanwhile is shown as it was found
        return page.stream().map(entry -> whole.getOrDefault(entry.id(), entry)).toList();
    }

    /** The newest {@code capacity} rows: older ones wait to be deleted, but are out of the journal already. */
    private Condition kept() {
        return EMULATOR_JOURNAL.ID.gt(DSL.select(DSL.coalesce(DSL.max(EMULATOR_JOURNAL.ID), 0L).minus(capacity))
                .from(EMULATOR_JOURNAL));
    }

    @Override
    public int clear() {
        return dsl.transactionResult(() -> {
            int kept = dsl.fetchCount(EMULATOR_JOURNAL, kept());
            dsl.deleteFrom(EMULATOR_JOURNAL).execute();
            return kept;
        });
    }

    /** What a filter reads of an entry. */
    private static final List<Field<?>> SUMMARY = List.of(EMULATOR_JOURNAL.ID, EMULATOR_JOURNAL.ANSWERED_AT,
            EMULATOR_JOURNAL.METHOD, EMULATOR_JOURNAL.PATH, EMULATOR_JOURNAL.QUERY_STRING, EMULATOR_JOURNAL.FAMILY,
            EMULATOR_JOURNAL.ACCOUNT, EMULATOR_JOURNAL.STATUS, EMULATOR_JOURNAL.LATENCY_MS);

    private static JournalEntry summary(EmulatorJournalRecord row) {
        return new JournalEntry(row.getId(), Instant.parse(row.getAnsweredAt()), row.getMethod(), row.getPath(),
                row.getQueryString(), row.getFamily(), row.getAccount(), Map.of(), null, false, row.getStatus(), null,
                false, row.getLatencyMs());
    }

    private static JournalEntry entry(EmulatorJournalRecord row) {
        return new JournalEntry(row.getId(), Instant.parse(row.getAnsweredAt()), row.getMethod(), row.getPath(),
                row.getQueryString(), row.getFamily(), row.getAccount(), read(row.getHeaders()), row.getBody(),
                row.getBodyTruncated(), row.getStatus(), row.getResponse(), row.getResponseTruncated(),
                row.getLatencyMs());
    }

    /** PostgreSQL's text holds no NUL character, which a request may well carry: it is kept as U+FFFD. */
    private static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    private static String write(Map<String, String> headers) {
        try {
            return Json.mapper().writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers are plain text", e);
        }
    }

    private static Map<String, String> read(String headers) {
        try {
            return Json.mapper().readValue(headers, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are the emulator's own JSON", e);
        }
    }
}

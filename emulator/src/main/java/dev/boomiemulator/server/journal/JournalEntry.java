package dev.boomiemulator.server.journal;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the journal keeps it. {@code time} is on the emulator clock (what the caller's own requests saw);
 * headers carry credentials only as {@code "***"}; bodies are cut to the journal's limit ({@code *Truncated} says so).
 *
 * @param id         increasing across the server's life; newer requests have higher ids
 * @param family     {@code platform}, {@code connectnow} or {@code dataintegration}
 * @param account    the account the request named (path or body), or null
 * @param query      the raw query string, or null
 * @param latencyMs  time from the request's arrival to its answer
 */
public record JournalEntry(long id, Instant time, String method, String path, String query, String family,
                           String account, Map<String, String> headers, String body, boolean bodyTruncated,
                           int status, String response, boolean responseTruncated, double latencyMs) {
    /** This entry under the id its journal gives it. */
    JournalEntry withId(long newId) {
        return new JournalEntry(newId, time, method, path, query, family, account, headers, body, bodyTruncated,
                status, response, responseTruncated, latencyMs);
    }
}

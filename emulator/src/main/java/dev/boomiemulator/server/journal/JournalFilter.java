package dev.boomiemulator.server.journal;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which journal entries a search wants; a null part matches everything. {@code path} is a glob: {@code *} stands
 * for any run of characters but {@code /}, {@code **} for any run at all
 * ({@code /api/rest/v1/*}{@code /DeployedPackage}). {@code status} is a code ({@code 404}) or a class ({@code 4xx}).
 * {@code since} and {@code until} are instants on the emulator clock, both inclusive.
 */
public record JournalFilter(String family, String account, String method, Pattern path, String status,
                            Instant since, Instant until) {
    public static final JournalFilter ALL = new JournalFilter(null, null, null, null, null, null, null);

    /** The filter for these request parameters; {@link IllegalArgumentException} names what is malformed. */
    public static JournalFilter of(String family, String account, String method, String pathGlob, String status,
                                   String since, String until) {
        if (status != null && !status.matches("[1-5](\\d\\d|xx|XX)")) {
            throw new IllegalArgumentException("status must be a code such as 404 or a class such as 4xx, got '"
                    + status + "'");
        }
        return new JournalFilter(lower(family), account, method == null ? null : method.toUpperCase(Locale.ROOT),
                pathGlob == null ? null : glob(pathGlob), status == null ? null : status.toLowerCase(Locale.ROOT),
                instant("since", since), instant("until", until));
    }

    public boolean matches(JournalEntry entry) {
        return (family == null || family.equals(entry.family()))
                && (account == null || account.equals(entry.account()))
                && (method == null || method.equals(entry.method()))
                && (path == null || path.matcher(entry.path()).matches())
                && (status == null || statusMatches(entry.status()))
                && (since == null || !entry.time().isBefore(since))
                && (until == null || !entry.time().isAfter(until));
    }

    private boolean statusMatches(int code) {
        String actual = String.valueOf(code);
        return status.endsWith("xx") ? actual.charAt(0) == status.charAt(0) : actual.equals(status);
    }

    public static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an instant such as 2026-01-01T00:00:00Z, got '"
                    + text + "'");
        }
    }
}

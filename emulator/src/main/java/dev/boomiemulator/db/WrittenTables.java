package dev.boomiemulator.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;

/**
 * The tables a statement jOOQ runs writes to: the one an INSERT, UPDATE, DELETE or MERGE names, at the start of the
 * statement or, where jOOQ fetches generated keys on H2, inside {@code select ... from final table (insert into ...)}
 * (a record's {@code store()} on a table with an identity column).
 */
final class WrittenTables {
    private static final Pattern WRITE = Pattern.compile(
            "(?:^\\s*|\\btable\\s*\\(\\s*)(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(?:\"?PUBLIC\"?\\.)?\"?(\\w+)\"?",
            Pattern.CASE_INSENSITIVE);

    private WrittenTables() {
    }

    /** Upper-case table names, for a batch as for one statement; none for a read. */
    static List<String> of(ExecuteContext ctx) {
        if (ctx.batchSQL().length > 1) {
            List<String> tables = new ArrayList<>();
            for (String sql : ctx.batchSQL()) {
                add(sql, tables);
            }
            return tables;
        }
        return in(ctx.sql());
    }

    /** The table one statement writes to, if any. */
    static List<String> in(String sql) {
        List<String> tables = new ArrayList<>(1);
        add(sql, tables);
        return tables;
    }

    private static void add(String sql, List<String> tables) {
        if (sql == null || !startsLikeWrite(sql)) {
            return;
        }
        Matcher write = WRITE.matcher(sql);
        if (write.find()) {
            tables.add(write.group(1).toUpperCase(Locale.ROOT));
        }
    }

    /** A plain select (most statements) is passed over without running the pattern. */
    private static boolean startsLikeWrite(String sql) {
        String statement = sql.stripLeading();
        if (statement.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(statement.charAt(0));
        return first == 'i' || first == 'u' || first == 'd' || first == 'm'
                || (first == 's' && (statement.contains("table (") || statement.contains("TABLE (")));
    }
}

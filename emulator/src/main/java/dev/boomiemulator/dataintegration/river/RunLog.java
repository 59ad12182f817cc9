package dev.boomiemulator.dataintegration.river;

import dev.boomiemulator.dataintegration.DiTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The log lines of a finished run, as the CSV Get Run Logs answers. */
final class RunLog {
    private RunLog() {
    }

    static String csv(Run run, River river) {
        StringBuilder csv = new StringBuilder("timestamp,level,message\n");
        line(csv, run.requestedAt(), "INFO", "Run " + run.id() + " of data flow '" + river.name() + "' ("
                + river.id() + ") queued" + (run.subRiverId() == null ? "" : " for sub-river " + run.subRiverId()));
        line(csv, run.runningAt(), "INFO", "Run started: source " + run.sourceName()
                + (run.targetName() == null ? "" : ", target " + run.targetName()));
        List<String> tables = run.tables();
        Duration step = Duration.between(run.runningAt(), run.endAt()).dividedBy(tables.size() + 1L);
        for (int i = 0; i < tables.size(); i++) {
            line(csv, run.runningAt().plus(step.multipliedBy(i + 1L)), "INFO", "Loading table " + tables.get(i));
        }
        if (RunStatus.FAILED.equals(run.outcome())) {
            line(csv, run.endAt(), "ERROR", run.message());
            line(csv, run.endAt(), "INFO", "Run failed");
        } else {
            line(csv, run.endAt(), "INFO", "Run succeeded (" + run.units() + " units)");
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Instant at, String level, String message) {
        csv.append(DiTime.format(at)).append(',').append(level).append(',').append(quote(message)).append('\n');
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}

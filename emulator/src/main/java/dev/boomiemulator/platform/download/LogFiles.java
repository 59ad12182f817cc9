package dev.boomiemulator.platform.download;

import dev.boomiemulator.domain.execution.ExecutionRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The contents of the log files the Platform hands out, written from what the emulator knows: an execution's record
 * becomes its process log, an Atom's executions of a day its container log. The lines follow the shape of the real
 * logs ({@code time LEVEL [source] message}) so a test can read them, without pretending to be a real Atom's.
 */
final class LogFiles {
    /** java.util.logging's levels, most severe first, as the Platform's logLevel names them. */
    private static final List<String> LEVELS = List.of("SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER",
            "FINEST");

    private LogFiles() {
    }

    /** The process log of one execution, keeping the lines at {@code level} or more severe ({@code ALL}: every one). */
    static String processLog(ExecutionRecord run, String level) {
        List<String> lines = new ArrayList<>();
        line(lines, level, run.executionTime(), "INFO", "Process Execution",
                "Executing process " + run.processName() + " (" + run.processId() + ") on "
                        + run.atomName() + " (" + run.atomId() + "), execution " + run.executionId());
        line(lines, level, run.executionTime(), "FINE", "Process Execution",
                "Execution type " + run.executionType() + ", inbound documents " + run.inboundDocumentCount());
        boolean failed = run.status().equals("ERROR") || run.status().equals("ABORTED");
        Instant end = run.recordedDate();
        if (run.status().equals("INPROCESS") || run.status().equals("STARTED")) {
            line(lines, level, run.executionTime(), "INFO", "Process Execution", "The process is still running.");
        } else if (failed) {
            line(lines, level, end, "SEVERE", "Process Execution", "Process failed: "
                    + (run.message().isEmpty() ? run.status() : run.message()));
        } else {
            line(lines, level, end, "INFO", "Process Execution", "Process completed with status " + run.status()
                    + " in " + run.executionDuration() + " ms; outbound documents " + run.outboundDocumentCount());
        }
        return String.join("\n", lines) + "\n";
    }

    /** An Atom's container log for one day: its executions of that day. */
    static String atomLog(String atomName, String atomId, String day, List<ExecutionRecord> runs) {
        List<String> lines = new ArrayList<>();
        lines.add(day + "T00:00:00Z INFO [Container] Atom " + atomName + " (" + atomId + ") log for " + day);
        for (ExecutionRecord run : runs) {
            lines.add(run.executionTime() + " INFO [ProcessExecution] Execution " + run.executionId() + " of "
                    + run.processName() + ": " + run.status());
        }
        return String.join("\n", lines) + "\n";
    }

    static boolean isLevel(String level) {
        return level.equals("ALL") || LEVELS.contains(level);
    }

    private static void line(List<String> lines, String wanted, Instant at, String level, String source,
                             String message) {
        if (wanted.equals("ALL") || LEVELS.indexOf(level) <= LEVELS.indexOf(wanted)) {
            lines.add(at + " " + level + " [" + source + "] " + message);
        }
    }

    /** A zip of text files, by name, in the given order. */
    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }
}

package dev.boomiemulator.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The control API said no: its status, its message, and for a refused fixture each problem with the
 * document, the JSON path in it and the reason (nothing of a refused document was stored).
 */
public final class EmulatorControlException extends RuntimeException {
    private final int status;
    private final List<Problem> problems;

    EmulatorControlException(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String file, String path, String reason) {
        @Override
        public String toString() {
            return file + " " + path + ": " + reason;
        }
    }
}

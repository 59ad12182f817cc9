package dev.boomiemulator.robustness.fuzz;

/**
 * One broken promise seen in an answer. Findings with the same cause, status, operation and input kind
 * form a group in the report.
 *
 * @param cause what was wrong, e.g. {@code 5xx}, {@code wrong error shape: no message}
 */
public record Finding(String cause, int status, FuzzRequest request, String evidence) {
    /** The group this finding is counted in. */
    public String groupKey() {
        return cause + " | " + status + " | " + request.operation().operationId() + " | " + request.kind();
    }
}

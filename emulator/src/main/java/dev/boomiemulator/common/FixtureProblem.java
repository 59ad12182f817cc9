package dev.boomiemulator.common;

/** Why a fixture document was refused: where in the document ({@code $.accounts[0].platform...}) and why. */
public class FixtureProblem extends RuntimeException {
    private final String path;
    private final String reason;

    public FixtureProblem(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}

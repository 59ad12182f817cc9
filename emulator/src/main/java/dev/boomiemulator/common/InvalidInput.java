package dev.boomiemulator.common;

/**
 * A request value that cannot be read (a number that is not one, a date that is not one). Shared code
 * throws it without knowing the family; the server turns it into the family's 400.
 */
public final class InvalidInput extends RuntimeException {
    public InvalidInput(String message) {
        super(message);
    }
}

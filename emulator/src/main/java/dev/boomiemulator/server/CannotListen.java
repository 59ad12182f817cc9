package dev.boomiemulator.server;

/**
 * The emulator cannot listen where it was asked to (the port is taken, the host does not resolve or is
 * not this machine's): a mistake in the set-up, so the message is one line for a person, not a trace.
 */
public final class CannotListen extends RuntimeException {
    CannotListen(String message, Throwable cause) {
        super(message, cause);
    }
}

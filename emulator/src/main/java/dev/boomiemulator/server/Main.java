package dev.boomiemulator.server;

import dev.boomiemulator.fixtures.FixtureRejected;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts the emulator from the command line; {@code --help} lists the flags (see {@link CliFlag}).
 * A mistake of the user (a bad flag, a taken port, a bad fixture) is told in one line and an exit
 * status, never a stack trace: 1 when the server cannot start, 2 for a bad flag or value.
 */
public final class Main {
    static final int OK = 0;
    static final int CANNOT_START = 1;
    static final int BAD_USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        // the same answers whatever the machine's locale; and the request validator's schema library looks its
        // messages up by the default locale, where a locale without a bundle of its own (en, from LANG=C.UTF-8)
        // cost a thrown and caught exception on every request body it checked: 4-5% of a create's or query's CPU
        Locale.setDefault(Locale.ROOT);
        BufferedStandardError stderr = BufferedStandardError.install();
        int status = run(args, System.getenv(), System.out, System.err,
                server -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.closeAtExit();
                    } finally {
                        stderr.writeOut(); // what the server logged up to its close
                    }
                }, "emulator-shutdown")));
        // after a successful start the server's threads keep the JVM running
        if (status != OK) {
            stderr.writeOut();
            System.exit(status);
        }
    }

    /**
     * Does what the command line asks and returns the exit status; a server that starts is handed to
     * {@code started} (which owns it from then on) and the status is {@link #OK}.
     */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err,
                   Consumer<EmulatorServer> started) {
        CommandLine.Request request;
        try {
            request = CommandLine.parse(args, env);
        } catch (CommandLine.UsageError e) {
            err.println(CommandLine.PROGRAM + ": " + e.getMessage());
            return BAD_USAGE;
        }
        if (request.help()) {
            out.print(CommandLine.help());
            return OK;
        }
        long begun = System.nanoTime();
        EmulatorServer server;
        try {
            server = EmulatorServer.start(request.config());
        } catch (CannotListen e) {
            err.println(CommandLine.PROGRAM + ": " + e.getMessage());
            return CANNOT_START;
        } catch (FixtureRejected rejected) {
            err.println(CommandLine.PROGRAM + ": fixtures refused, nothing started:");
            rejected.problems().forEach(problem -> err.println("  " + problem));
            return CANNOT_START;
        }
        long millis = (System.nanoTime() - begun) / 1_000_000;
        StartupBanner.lines(request.config(), server.listenAddress(), server.summary(), millis).forEach(out::println);
        out.flush();
        server.returnMemoryWhenIdle();
        started.accept(server);
        return OK;
    }
}

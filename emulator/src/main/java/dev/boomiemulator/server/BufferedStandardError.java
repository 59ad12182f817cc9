package dev.boomiemulator.server;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;

/**
 * The process's standard error, where the fat jar's log binding (slf4j-simple) writes the request log: written out
 * every {@link #PERIOD_MILLIS} ms and at exit, not line by line. slf4j-simple flushes after every line, so each
 * request cost a write(2) under the stream's lock, with the other request threads queued on it: 6.5% of a GET's CPU
 * (async-profiler, C2, 13,000 req/s), more where standard error is a container's log pipe. A line now shows at most
 * {@value #PERIOD_MILLIS} ms late. Only {@link Main} installs it: a server embedded in a test JVM leaves that JVM's
 * streams alone.
 */
final class BufferedStandardError {
    static final long PERIOD_MILLIS = 100;

    private final DeferredFlush buffer;

    private BufferedStandardError(DeferredFlush buffer) {
        this.buffer = buffer;
    }

    /** Makes {@link System#err} the buffered stream, and starts the thread that writes it out. */
    static BufferedStandardError install() {
        DeferredFlush buffer = new DeferredFlush(new FileOutputStream(FileDescriptor.err));
        System.setErr(new PrintStream(buffer, false, Charset.defaultCharset()));
        BufferedStandardError stderr = new BufferedStandardError(buffer);
        Thread writer = new Thread(stderr::writeOutPeriodically, "stderr-writer");
        writer.setDaemon(true);
        writer.start();
        return stderr;
    }

    /** Writes out what is buffered now: before the process exits, and from the writer thread. */
    void writeOut() {
        try {
            buffer.flushNow();
        } catch (IOException closed) {
            // standard error is gone (a closed pipe): nothing left to tell it
        }
    }

    private void writeOutPeriodically() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS);
            } catch (InterruptedException stopped) {
                writeOut();
                return;
            }
            writeOut();
        }
    }

    /**
     * Lines collect in memory, and {@link #flushNow} writes them out: the writers' own flushes only mark a line as
     * ready, and a writer never waits for the terminal unless {@value #BACKLOG} bytes are waiting (standard error
     * stalled: then it writes them out itself, as a bound on the memory this takes). The write happens outside the
     * writers' lock, so request threads do not queue behind a slow write.
     */
    static final class DeferredFlush extends OutputStream {
        static final int BACKLOG = 1 << 20;
        /**
         * What a buffer starts with, and goes back to once written out if a burst grew it past {@link #KEPT}: an idle
         * server keeps two small ones, not the two of up to {@value #BACKLOG} bytes its busiest moment needed. A
         * steady load keeps its pair: a write-out's {@value BufferedStandardError#PERIOD_MILLIS} ms of 100-byte lines
         * are 200 KB at 20,000 requests/s.
         */
        private static final int INITIAL = 1 << 13;
        private static final int KEPT = 1 << 18;

        private final OutputStream out;
        /** Held while taking the lines out and writing them, so that two write-outs keep the lines' order. */
        private final Object writingOut = new Object();
        private ByteArrayOutputStream pending = new ByteArrayOutputStream(INITIAL);
        private ByteArrayOutputStream spare = new ByteArrayOutputStream(INITIAL);

        DeferredFlush(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            boolean backlogged;
            synchronized (this) {
                pending.write(bytes, offset, length);
                backlogged = pending.size() >= BACKLOG;
            }
            if (backlogged) {
                flushNow();
            }
        }

        @Override
        public void flush() {
            // deferred to flushNow
        }

        void flushNow() throws IOException {
            synchronized (writingOut) {
                ByteArrayOutputStream lines;
                synchronized (this) {
                    if (pending.size() == 0) {
                        return;
                    }
                    lines = pending;
                    pending = spare;
                }
                try {
                    lines.writeTo(out);
                    out.flush();
                } finally {
                    if (lines.size() > KEPT) {
                        spare = new ByteArrayOutputStream(INITIAL);
                    } else {
                        lines.reset();
                        spare = lines;
                    }
                }
            }
        }
    }
}

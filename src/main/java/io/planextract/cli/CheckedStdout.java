package io.planextract.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Standard output whose write errors are seen. {@link PrintStream} (what {@code System.out} is) swallows them:
 * on a full disk or {@code /dev/full} the output would end half-written while the summary said all was well. This
 * stream raises them, checking {@link PrintStream#checkError()} when it is given one.
 */
final class CheckedStdout extends FilterOutputStream {
    CheckedStdout(OutputStream out) {
        super(out);
    }

    /** The process's standard output itself, unwrapped from {@code System.out}, so that errors carry their cause. */
    static OutputStream process() {
        return new java.io.BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    }

    // Writes are not checked one by one: checkError() flushes, which would undo any buffering. Every output ends
    // with a flush, where a remembered error is raised.
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        check();
    }

    private void check() throws IOException {
        if (out instanceof PrintStream p && p.checkError()) {
            throw new IOException("standard output could not be written");
        }
    }

    /** Whether an output error means the reader went away ({@code | head}): the batch then stops quietly. */
    static boolean closedPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended")) {
                return true;
            }
        }
        return false;
    }
}

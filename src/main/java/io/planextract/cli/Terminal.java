package io.planextract.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which decides between a live progress bar and plain lines. */
final class Terminal {
    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        // Java 17 cannot ask about one stream; on Linux, /proc says where file descriptor 2 points.
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Elsewhere: a console exists only when both ends are terminals, which is close enough.
            return System.console() != null;
        }
    }
}

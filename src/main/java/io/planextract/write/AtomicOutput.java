package io.planextract.write;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears only when it is complete: bytes go to a hidden temporary file beside the target,
 * which {@link #commit()} renames over the target. A crash, a kill or an error before that leaves the target
 * untouched (at worst a {@code .part} file), never a half-written output.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream file;
    private final OutputStream exposed;
    private boolean finished;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = createTemp(dir, this.target.getFileName().toString());
        this.file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        // Writers close what they are given; only commit() or close() may end the file.
        this.exposed = new FilterOutputStream(file) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * A new, empty {@code .NAME.<digits>.part} beside the target. Not {@link Files#createTempFile}: that makes the
     * file readable by its owner only, and the rename would pass that on to an output others must read; a plain
     * new file gets the usual permissions (the umask).
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            long n = java.util.concurrent.ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            try {
                return Files.createFile(dir.resolve("." + name + "." + n + ".part"));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another writer drew the same number: draw again.
            }
        }
    }

    /** The stream to write to; closing it only flushes. */
    public OutputStream stream() {
        return exposed;
    }

    public Path target() {
        return target;
    }

    /** Renames the finished temporary file over the target. */
    public void commit() throws IOException {
        finished = true;
        file.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Without a commit, drops the temporary file and leaves the target as it was. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            try {
                file.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}

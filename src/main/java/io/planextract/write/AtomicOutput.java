package io.planextract.write;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output file that appears only when it is complete: bytes go to a hidden temporary file beside the target
 * ({@link TemporaryFiles}), which {@link #commit()} flushes to the disk ({@code fsync}) and renames over the
 * target, then flushes the folder, so that a power loss leaves the old file or the new one, never an empty one. A
 * crash, a kill or an error before that leaves the target untouched.
 *
 * <p>A target that is a symbolic link is written through the link: the file it points to is replaced, the link
 * stays. A target that exists and is no regular file (a device such as {@code /dev/null}, a FIFO, a socket) is
 * written straight into, never renamed over; such a target cannot be all-or-nothing, and need not be.
 */
public final class AtomicOutput implements AutoCloseable {
    /** How written bytes are made durable; replaced in tests to see that it happens, and in what order. */
    public interface Sync {
        /** Flushes a file's content to the disk before it is renamed. */
        void file(FileChannel channel) throws IOException;

        /** Flushes a folder, so that a rename in it survives a power loss. */
        void folder(Path dir) throws IOException;

        Sync DURABLE = new Sync() {
            @Override
            public void file(FileChannel channel) throws IOException {
                channel.force(true);
            }

            @Override
            public void folder(Path dir) {
                try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                    d.force(true);
                } catch (IOException | UnsupportedOperationException e) {
                    // Some systems (Windows) cannot open or flush a folder; the file itself is on the disk.
                }
            }
        };
    }

    private static final int MAX_LINKS = 40;

    private final Path target;
    private final Path temp; // null when writing straight into a special file
    private final FileChannel channel;
    private final OutputStream file;
    private final OutputStream exposed;
    private final Sync sync;
    private boolean finished;

    public AtomicOutput(Path target) throws IOException {
        this(target, Sync.DURABLE);
    }

    public AtomicOutput(Path target, Sync sync) throws IOException {
        this.sync = sync;
        this.target = resolveLinks(target.toAbsolutePath());
        if (Files.isDirectory(this.target)) {
            throw new IOException(this.target + " is a folder");
        }
        if (Files.exists(this.target) && !Files.isRegularFile(this.target)) {
            this.temp = null;
            this.channel = null;
            this.file = new BufferedOutputStream(Files.newOutputStream(this.target, StandardOpenOption.WRITE),
                    1 << 16);
        } else {
            Path dir = this.target.getParent();
            Files.createDirectories(dir);
            this.temp = TemporaryFiles.create(this.target);
            try {
                this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                TemporaryFiles.release(temp);
                throw e;
            }
            this.file = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }
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
     * The path a write to {@code path} lands on: symbolic links followed, a dangling one included (its target is
     * created), at most {@value #MAX_LINKS} deep as the system does.
     */
    static Path resolveLinks(Path path) {
        Path p = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            try {
                Path link = Files.readSymbolicLink(p);
                p = p.resolveSibling(link).normalize();
            } catch (IOException e) {
                return p;
            }
        }
        try {
            // A link in the folders above still leads where the system says; the name is kept as written.
            Path dir = p.getParent();
            return dir != null && Files.isDirectory(dir) ? dir.toRealPath().resolve(p.getFileName()) : p;
        } catch (IOException e) {
            return p;
        }
    }

    /** The stream to write to; closing it only flushes. */
    public OutputStream stream() {
        return exposed;
    }

    /** The file that is written: the target, or what it links to. */
    public Path target() {
        return target;
    }

    /** Whether the target is a special file (device, FIFO) written straight into rather than replaced. */
    public boolean direct() {
        return temp == null;
    }

    /** Flushes the finished temporary file to the disk and renames it over the target, then flushes the folder. */
    public void commit() throws IOException {
        finished = true;
        if (temp == null) {
            file.close();
            return;
        }
        try {
            file.flush();
            sync.file(channel);
            file.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            TemporaryFiles.release(temp);
        }
        sync.folder(target.getParent());
    }

    private void closeQuietly() {
        try {
            file.close();
        } catch (IOException e) {
            // already failing
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
                if (temp != null) {
                    Files.deleteIfExists(temp);
                    TemporaryFiles.release(temp);
                }
            }
        }
    }

    /** Whether {@code path} exists and is not a regular file (nor a folder), following links. */
    public static boolean isSpecial(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }
}

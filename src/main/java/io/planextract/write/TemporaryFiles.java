package io.planextract.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The temporary files of {@link AtomicOutput}: how they are named, the ones this process has open, and the
 * sweeping of those a killed run left behind.
 *
 * <p>A name is {@code .NAME.<pid>-<8 hex>.part}: the process id makes it unique per process, so a second run
 * writing the same target never takes the first one's file for a leftover; it sweeps only files whose process is
 * gone. The name part is shortened when needed so that the whole name fits the usual 255-byte limit.
 *
 * <p>Every temporary file is registered here from before it exists until it is renamed or dropped; on a
 * Ctrl-C or a plain {@code kill} (SIGTERM) one shutdown hook deletes those still registered, whoever opened
 * them (an output of the batch, the review page, a ledger). This is process-wide by nature: there is one set of
 * shutdown hooks per JVM.
 */
public final class TemporaryFiles {
    /** The usual limit on one file name, in bytes (ext4, XFS, APFS, NTFS in UTF-16 units). */
    public static final int MAX_NAME_BYTES = 255;

    /** Bytes a temporary name adds to the target's: {@code "." + "." + pid (≤ 10) + "-" + 8 hex + ".part"}. */
    public static final int SUFFIX_BYTES = 1 + 1 + 10 + 1 + 8 + 5;

    /** Files from an older version (no process id in the name) count as stale once untouched this long. */
    private static final Duration LEGACY_STALE_AFTER = Duration.ofMinutes(10);

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger CREATING = new AtomicInteger();
    private static volatile boolean closing;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::dropAll, "plan-extract-temporary-files"));
    }

    private TemporaryFiles() {
    }

    /** A new, empty temporary file beside {@code target} (whose folder exists), registered until released. */
    static Path create(Path target) throws IOException {
        Path dir = target.getParent();
        String prefix = prefixFor(target.getFileName().toString());
        String pid = Long.toString(ProcessHandle.current().pid());
        // Workers go on while the JVM shuts down: once the hook has started no new file is made, and the hook
        // waits for those being made right now, so that none is created behind its back.
        CREATING.incrementAndGet();
        try {
            while (true) {
                if (closing) {
                    throw new IOException("plan-extract is stopping");
                }
                String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
                Path temp = dir.resolve(prefix + pid + "-" + random + ".part");
                LIVE.add(temp);
                try {
                    // Not Files.createTempFile: that makes the file readable by its owner only, and the rename would
                    // pass that on to an output others must read; a plain new file gets the usual umask.
                    return Files.createFile(temp);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    LIVE.remove(temp); // another writer drew the same number: draw again
                } catch (IOException | RuntimeException e) {
                    LIVE.remove(temp);
                    throw e;
                }
            }
        } finally {
            CREATING.decrementAndGet();
        }
    }

    /** The temporary file is renamed or deleted: nothing left to clean up. */
    static void release(Path temp) {
        LIVE.remove(temp);
    }

    /** The temporary files this process has open right now. */
    public static Set<Path> live() {
        return Set.copyOf(LIVE);
    }

    /** Deletes every registered temporary file; what the shutdown hook does. */
    static void dropAll() {
        closing = true;
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (CREATING.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        for (Path temp : LIVE) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // The JVM is going down; a leftover is swept by the next run, its process being gone.
            }
        }
    }

    /**
     * {@code "." + name + "."}, the name cut (whole code points) so that a temporary name fits in
     * {@value #MAX_NAME_BYTES} bytes.
     */
    static String prefixFor(String name) {
        int room = MAX_NAME_BYTES - SUFFIX_BYTES;
        return "." + cutToBytes(name, room) + ".";
    }

    /** The longest start of {@code s}, in whole code points, whose UTF-8 form has at most {@code bytes} bytes. */
    public static String cutToBytes(String s, int bytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return s;
        }
        int used = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + size > bytes) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    /**
     * Deletes the temporary files a killed run left beside {@code target}: those of this target's pattern whose
     * process is gone (and those of an older version, untouched for ten minutes). A live run's files are never
     * touched, nor any other file.
     */
    public static void sweep(Path target) {
        Path real = AtomicOutput.resolveLinks(target.toAbsolutePath());
        Path dir = real.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        String prefix = prefixFor(real.getFileName().toString());
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".part") && n.length() > prefix.length() + 5;
        })) {
            for (Path part : parts) {
                String n = part.getFileName().toString();
                if (stale(part, n.substring(prefix.length(), n.length() - 5))) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover temporary file is harmless, only untidy.
        }
    }

    private static boolean stale(Path part, String tag) throws IOException {
        if (tag.matches("[0-9]{1,10}-[0-9a-f]{8}")) {
            long pid = Long.parseLong(tag.substring(0, tag.indexOf('-')));
            return pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        if (tag.matches("[0-9]{1,19}")) {
            FileTime modified = Files.getLastModifiedTime(part);
            return modified.toInstant().isBefore(Instant.now().minus(LEGACY_STALE_AFTER));
        }
        return false;
    }
}

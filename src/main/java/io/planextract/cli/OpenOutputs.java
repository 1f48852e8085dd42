package io.planextract.cli;

import io.planextract.write.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outputs a batch has open. When the batch is interrupted (Ctrl-C, a plain {@code kill}), the shutdown hook
 * drops their temporary files, so nothing but finished outputs is left behind. A {@code kill -9} cannot be
 * caught: its leftover temporary files are swept by the next run that writes the same targets.
 */
final class OpenOutputs implements AutoCloseable {
    private final Set<AtomicOutput> open = ConcurrentHashMap.newKeySet();
    private final Thread hook = new Thread(this::dropAll, "plan-extract-cleanup");
    private volatile boolean closing;
    private final AtomicInteger opening = new AtomicInteger();

    OpenOutputs() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    AtomicOutput open(Path target) throws IOException {
        // Workers go on while the JVM shuts down: once the hook has started, no new temporary file is made, and
        // the hook waits for those being made right now, so that none is created behind its back.
        opening.incrementAndGet();
        try {
            if (closing) {
                throw new IOException("plan-extract is stopping");
            }
            AtomicOutput output = new AtomicOutput(target);
            open.add(output);
            return output;
        } finally {
            opening.decrementAndGet();
        }
    }

    /** The output is committed or closed: nothing left to clean up. */
    void done(AtomicOutput output) {
        open.remove(output);
    }

    private void dropAll() {
        closing = true;
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (opening.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        for (AtomicOutput output : open) {
            try {
                output.close();
            } catch (IOException | RuntimeException e) {
                // The JVM is going down; a leftover temporary file is swept by the next run.
            }
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs anyway.
        }
    }

    /**
     * Deletes temporary files an earlier, killed run left beside {@code target}; only stale ones, never those of
     * a run still writing (see {@link io.planextract.write.TemporaryFiles#sweep}).
     */
    static void sweepLeftovers(Path target) {
        io.planextract.write.TemporaryFiles.sweep(target);
    }
}

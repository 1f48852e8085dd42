package io.planextract.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a batch on standard error: a live bar on a terminal, a plain line now and then otherwise (a log
 * file or CI keeps readable lines instead of carriage returns), nothing with {@code --quiet}. Failure lines go
 * through {@link #message} so that they never get tangled with the bar. Called only by the batch's coordinator.
 */
abstract sealed class Progress {
    protected final PrintWriter err;
    protected int total;
    protected int done;
    protected long startNanos;

    Progress(PrintWriter err) {
        this.err = err;
    }

    static Progress of(PrintWriter err, boolean quiet, boolean terminal, Duration lineInterval) {
        if (quiet) {
            return new Silent(err);
        }
        return terminal ? new Bar(err) : new Lines(err, lineInterval);
    }

    void start(int totalFiles) {
        this.total = totalFiles;
        this.startNanos = System.nanoTime();
    }

    void advance() {
        done++;
        show(false);
    }

    /** A line that must be seen (a failed file), printed even with {@code --quiet}. */
    void message(String line) {
        err.println(line);
        err.flush();
    }

    void finish() {
        show(true);
    }

    abstract void show(boolean last);

    protected double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    protected String eta() {
        double rate = rate();
        if (rate <= 0 || done == 0) {
            return "--:--";
        }
        long s = Math.round((total - done) / rate);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static final class Silent extends Progress {
        Silent(PrintWriter err) {
            super(err);
        }

        @Override
        void show(boolean last) {
        }
    }

    /** A bar redrawn in place, at most ten times a second. */
    static final class Bar extends Progress {
        private static final int WIDTH = 30;
        private long lastDraw;
        private boolean drawn;

        Bar(PrintWriter err) {
            super(err);
        }

        @Override
        void message(String line) {
            clear();
            super.message(line);
            draw();
        }

        @Override
        void show(boolean last) {
            long now = System.nanoTime();
            if (last) {
                clear();
            } else if (now - lastDraw > 100_000_000L || done == total) {
                lastDraw = now;
                draw();
            }
        }

        private void draw() {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d  %.1f files/s  ETA %s\033[K",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, rate(), eta()));
            err.flush();
            drawn = true;
        }

        private void clear() {
            if (drawn) {
                err.print("\r\033[K");
                err.flush();
                drawn = false;
            }
        }
    }

    /** A plain line every {@code interval}. */
    static final class Lines extends Progress {
        private final long intervalNanos;
        private long lastLine;

        Lines(PrintWriter err, Duration interval) {
            super(err);
            this.intervalNanos = interval.toNanos();
        }

        @Override
        void start(int totalFiles) {
            super.start(totalFiles);
            lastLine = startNanos;
        }

        @Override
        void show(boolean last) {
            long now = System.nanoTime();
            if (!last && done < total && now - lastLine >= intervalNanos) {
                lastLine = now;
                err.println(String.format(Locale.ROOT, "plan-extract: %d/%d files (%d%%), %.1f files/s, ETA %s",
                        done, total, total == 0 ? 100 : 100L * done / total, rate(), eta()));
                err.flush();
            }
        }
    }
}

package io.planextract.cli;

import java.time.Duration;
import java.util.Locale;

/** The counts of a finished batch, for the summary line and the exit code. */
public record BatchSummary(int total, int converted, int withWarnings, int failed, int skipped, long tasks,
        Duration elapsed) {

    public boolean allConverted() {
        return failed == 0;
    }

    /** One line for standard error. */
    public String line() {
        double seconds = elapsed.toNanos() / 1e9;
        return String.format(Locale.ROOT,
                "plan-extract: %d %s: %d converted (%d with warnings), %d failed%s; %d tasks written; %.1f s"
                        + " (%.1f files/s)",
                total, total == 1 ? "file" : "files", converted, withWarnings, failed,
                skipped > 0 ? ", " + skipped + " skipped (output already there)" : "", tasks, seconds,
                seconds > 0 ? (converted + failed) / seconds : 0.0);
    }
}

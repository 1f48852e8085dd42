package io.planextract.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The counts of a finished batch, for the summary line and the exit code. */
public record BatchSummary(int total, int converted, int withWarnings, int failed, int skipped, long tasks,
        Duration elapsed, List<String> warned) {
    /** How many files with warnings the summary names before it counts the rest. */
    static final int NAMED = 3;

    public BatchSummary {
        warned = List.copyOf(warned);
    }

    public BatchSummary(int total, int converted, int withWarnings, int failed, int skipped, long tasks,
            Duration elapsed) {
        this(total, converted, withWarnings, failed, skipped, tasks, elapsed, List.of());
    }

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
                seconds > 0 ? (converted + failed) / seconds : 0.0) + warnedNames();
    }

    /** The files with warnings, the first few by name, so that a clerk knows where to look. */
    private String warnedNames() {
        if (warned.isEmpty()) {
            return "";
        }
        String names = String.join(", ", warned);
        int more = withWarnings - warned.size();
        return "; warnings in " + names + (more > 0 ? " and " + more + " more" : "");
    }
}

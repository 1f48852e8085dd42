package io.planextract.cli;

import io.planextract.write.Labels;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What a batch is asked to do besides converting: the command's options, as {@link BatchRunner} reads them.
 *
 * @param threads        worker threads ({@code -j})
 * @param bom            CSV starts with a byte-order mark
 * @param skipExisting   per-input outputs already there are kept
 * @param errors         where to keep the failed inputs as JSON lines
 * @param sheetPerNotice XLSX with one sheet per notice
 * @param report         where the review page goes, if one is wanted
 * @param timeout        longest one file may take before it is reported as failed; zero for no limit
 * @param labels         headings and kinds of CSV and XLSX ({@code --labels}); absent: each format's default
 * @param rawCsv         CSV cells exactly as read, formula-like ones included ({@code --raw-csv})
 * @param warnings       where to keep every warning as JSON lines ({@code --warnings})
 * @param allowEmpty     a notice without tasks is converted ({@code --allow-empty}) rather than failed
 */
public record BatchOptions(int threads, boolean bom, boolean skipExisting, Optional<Path> errors,
        boolean sheetPerNotice, Optional<Path> report, Duration timeout, Optional<Labels> labels,
        boolean rawCsv, Optional<Path> warnings, boolean allowEmpty) {
    /** Far beyond any real notice (a 10,000-row table takes seconds), short of a batch that never ends. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** Options from before {@code --warnings} and {@code --allow-empty}: no log, empty notices converted. */
    public BatchOptions(int threads, boolean bom, boolean skipExisting, Optional<Path> errors,
            boolean sheetPerNotice, Optional<Path> report, Duration timeout, Optional<Labels> labels,
            boolean rawCsv) {
        this(threads, bom, skipExisting, errors, sheetPerNotice, report, timeout, labels, rawCsv,
                Optional.empty(), true);
    }

    public BatchOptions(int threads, boolean bom, boolean skipExisting, Optional<Path> errors,
            boolean sheetPerNotice, Optional<Path> report, Duration timeout) {
        this(threads, bom, skipExisting, errors, sheetPerNotice, report, timeout, Optional.empty(), false);
    }

    public BatchOptions(int threads, boolean bom, boolean skipExisting, Optional<Path> errors,
            boolean sheetPerNotice, Optional<Path> report) {
        this(threads, bom, skipExisting, errors, sheetPerNotice, report, DEFAULT_TIMEOUT);
    }

    public BatchOptions(int threads, boolean bom, boolean skipExisting, Optional<Path> errors) {
        this(threads, bom, skipExisting, errors, false, Optional.empty());
    }
}

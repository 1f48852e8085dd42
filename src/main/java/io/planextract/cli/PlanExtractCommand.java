package io.planextract.cli;

import io.planextract.ledger.AliasFile;
import io.planextract.read.ReadLimits;
import io.planextract.write.Labels;
import io.planextract.write.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code plan-extract} command: reads the options, then hands the work to {@link InputWalker},
 * {@link OutputPlan} and {@link BatchRunner}. Exit codes: 0 every input converted, 1 some failed (each named on
 * standard error), 2 a usage error.
 */
@Command(name = "plan-extract", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true, subcommands = ServeCommand.class,
        description = {"Turns notices with task decomposition tables (任务分解表) into task records.",
            "Inputs are files, or folders searched for txt, docx, doc, wps, htm and html files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input converted, every output written",
            "1:some inputs failed (each named on standard error), none were found, or an output could not be"
                + " written",
            "2:usage error (also: an output that would overwrite an input)"})
public class PlanExtractCommand implements Callable<Integer> {
    static final int EXIT_FAILED_INPUTS = 1;
    static final long MAX_TIMEOUT_SECONDS = 30L * 24 * 3600;

    @Spec
    CommandSpec spec;

    // 0..* so that `plan-extract serve` parses (picocli checks a parent's required parameters even when a
    // subcommand is given); call() refuses a run without inputs exactly as picocli would.
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Notice files or folders of notices.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR/",
            description = {"Write to FILE (all results together), or to DIR/ (a path ending in / or an existing"
                + " folder: one file per input, named after it). Default: standard output."})
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "json, jsonl, csv or xlsx. Default: from the extension of -o, else json.")
    OutputFormat format;

    @Option(names = "--no-bom", description = "CSV without the byte-order mark Excel needs to read UTF-8.")
    boolean noBom;

    @Option(names = "--raw-csv", description = {"CSV cells exactly as read. By default a cell starting with"
        + " = + - @ (a formula to a spreadsheet) gets a leading ' (see docs/batch.md)."})
    boolean rawCsv;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files converted at once. Default: the number of cores (${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; failed files are still named.")
    boolean quiet;

    @Option(names = "--errors", paramLabel = "FILE.jsonl",
            description = "Also keep the failed inputs in FILE.jsonl, one JSON line each (path, stage, message).")
    Path errors;

    @Option(names = "--skip-existing",
            description = {"With -o DIR/: keep outputs already there, so a rerun converts only new inputs"
                + " (a JSON output is kept only if made from the same content)."})
    boolean skipExisting;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a file that takes longer, reporting it as failed; 0: no limit. Default: 600.")
    long timeoutSeconds = BatchRunner.BatchOptions.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--follow-links", description = {"Inside folders, also read files that symbolic links lead to"
        + " outside the folder (skipped by default, with a warning)."})
    boolean followLinks;

    @Option(names = "--labels", paramLabel = "en|zh", converter = LabelsConverter.class,
            description = "CSV/XLSX headings and deadline kinds: zh (Chinese) or en (machine names)."
                + " Default: en for CSV (docs/OUTPUT.md), zh for XLSX.")
    Labels labels;

    @Option(names = "--sheet-per-notice", description = "XLSX: one sheet per notice instead of one for the run.")
    boolean sheetPerNotice;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write a review page: every rebuilt table, inherited cells marked, warnings, a filter.")
    Path report;

    @Option(names = "--by-unit", description = {"With -o DIR/: one ledger per unit (csv, or xlsx with --format xlsx)"
        + " listing the tasks it leads or shares, and an index of units."})
    boolean byUnit;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "With --by-unit: unit name variants to bring together (see docs/ledgers.md).")
    Path aliases;

    private final OutputStream stdout;
    private final boolean stderrIsTerminal;
    private final Duration progressInterval;

    public PlanExtractCommand() {
        this(CheckedStdout.process(), Terminal.stderrIsTerminal(), Duration.ofSeconds(5));
    }

    /** For tests and embedding: where standard output goes, and how progress is shown on standard error. */
    public PlanExtractCommand(OutputStream stdout, boolean stderrIsTerminal, Duration progressInterval) {
        this.stdout = new CheckedStdout(stdout);
        this.stderrIsTerminal = stderrIsTerminal;
        this.progressInterval = progressInterval;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PlanExtractCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs == null || inputs.isEmpty()) {
            throw usage("Missing required parameter: 'INPUT'");
        }
        if (jobs < 1) {
            throw usage("-j must be at least 1");
        }
        if (timeoutSeconds < 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            // Beyond a month the limit means nothing, and far beyond it the time would overflow.
            throw usage("--timeout must be 0 (no limit) up to " + MAX_TIMEOUT_SECONDS + " seconds (30 days)");
        }
        try {
            OutputTarget target = OutputTarget.parse(output);
            OutputFormat chosen = chooseFormat(target);
            List<Path> outputs = new java.util.ArrayList<>();
            target.folder().ifPresent(outputs::add);
            target.file().ifPresent(outputs::add);
            Optional.ofNullable(errors).ifPresent(outputs::add);
            Optional.ofNullable(report).ifPresent(outputs::add);
            List<Path> outputFiles = outputs.stream().filter(p -> target.folder().map(f -> !f.equals(p))
                    .orElse(true)).toList();
            if (OutputGuard.repeated(outputFiles)) {
                throw usage("-o, --errors and --report must each name a different file");
            }
            OutputGuard.overwrittenInput(inputs, outputFiles).ifPresent(p -> {
                throw usage("the output would overwrite an input: " + Names.quote(p.toString()));
            });
            InputWalker.Walk walk = new InputWalker(outputs, followLinks).scan(inputs);
            List<InputFile> files = walk.files();
            walk.warnings().forEach(w -> err.println("plan-extract: skipped: " + w));
            walk.failures().forEach(f -> err.println("plan-extract: failed: " + f));
            if (files.isEmpty()) {
                // Nothing to convert is a failure, and an earlier output stays as it was: never replaced by "[]".
                err.println("plan-extract: no inputs found (folders are searched for "
                        + String.join(", ", new java.util.TreeSet<>(InputWalker.EXTENSIONS)) + " files)");
                err.flush();
                return EXIT_FAILED_INPUTS;
            }
            boolean several = files.size() != 1 || inputs.stream().anyMatch(Files::isDirectory);
            OutputPlan plan = plan(target, chosen, several);
            if (plan instanceof OutputPlan.PerInput perInput) {
                OutputGuard.targetOfAnInput(files, perInput.targets(files)).ifPresent(p -> {
                    throw usage("the output would overwrite an input: " + Names.quote(p.toString()));
                });
            }
            Progress progress = Progress.of(err, quiet, stderrIsTerminal, progressInterval);
            BatchRunner runner = new BatchRunner(ReadLimits.DEFAULT,
                    new BatchRunner.BatchOptions(jobs, !noBom, skipExisting, Optional.ofNullable(errors),
                            sheetPerNotice, Optional.ofNullable(report), Duration.ofSeconds(timeoutSeconds),
                            Optional.ofNullable(labels), rawCsv),
                    stdout, progress);
            BatchSummary summary = runner.run(files, plan);
            if (!quiet) {
                err.println(summary.line());
                err.flush();
            }
            return summary.allConverted() && walk.failures().isEmpty() ? 0 : EXIT_FAILED_INPUTS;
        } catch (BatchRunner.OutputFailure e) {
            if (CheckedStdout.closedPipe(e)) {
                return EXIT_FAILED_INPUTS; // the reader has all it wanted (| head): stop without a word
            }
            err.println("plan-extract: " + e.getMessage());
            err.flush();
            return EXIT_FAILED_INPUTS;
        } catch (IOException e) {
            err.println("plan-extract: the inputs could not be listed (" + e.getMessage() + ")");
            err.flush();
            return EXIT_FAILED_INPUTS;
        }
    }

    private OutputFormat chooseFormat(OutputTarget target) {
        if (format != null) {
            return format;
        }
        return target.file().flatMap(OutputFormat::fromPath).orElse(OutputFormat.JSON);
    }

    private OutputPlan plan(OutputTarget target, OutputFormat chosen, boolean several) {
        if (byUnit) {
            if (target.folder().isEmpty()) {
                throw usage("--by-unit needs -o DIR/ (one ledger file per unit)");
            }
            if (chosen != OutputFormat.CSV && chosen != OutputFormat.XLSX && format != null) {
                throw usage("--by-unit writes csv or xlsx ledgers");
            }
            return new OutputPlan.Ledgers(target.folder().get(), chosen == OutputFormat.XLSX ? chosen
                    : OutputFormat.CSV, aliasFile());
        }
        if (aliases != null) {
            throw usage("--aliases goes with --by-unit");
        }
        if (skipExisting && target.folder().isEmpty()) {
            throw usage("--skip-existing needs -o DIR/ (one output file per input)");
        }
        if (target.folder().isPresent()) {
            return new OutputPlan.PerInput(target.folder().get(), chosen);
        }
        if (target.file().isPresent()) {
            if (errors != null && target.file().get().toAbsolutePath().normalize()
                    .equals(errors.toAbsolutePath().normalize())) {
                throw usage("--errors must name another file than -o");
            }
            return new OutputPlan.ToFile(target.file().get(), chosen, several);
        }
        if (chosen == OutputFormat.XLSX) {
            throw usage("a workbook cannot go to standard output; use -o FILE.xlsx or -o DIR/");
        }
        return new OutputPlan.ToStdout(chosen, several);
    }

    private AliasFile aliasFile() {
        if (aliases == null) {
            return AliasFile.empty();
        }
        try {
            return AliasFile.load(aliases);
        } catch (IOException | RuntimeException e) {
            throw usage("the alias file " + aliases + " cannot be read: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code -o} as given: a folder (trailing slash, or an existing folder), a file, or absent. */
    record OutputTarget(Optional<Path> file, Optional<Path> folder) {
        static OutputTarget parse(String output) {
            if (output == null) {
                return new OutputTarget(Optional.empty(), Optional.empty());
            }
            Path path = Path.of(output);
            if (output.endsWith("/") || output.endsWith(java.io.File.separator) || Files.isDirectory(path)) {
                return new OutputTarget(Optional.empty(), Optional.of(path));
            }
            return new OutputTarget(Optional.of(path), Optional.empty());
        }
    }

    /** {@code --labels} in any case: {@code zh}, {@code EN}. */
    static final class LabelsConverter implements CommandLine.ITypeConverter<Labels> {
        @Override
        public Labels convert(String value) {
            return Labels.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a label language; use en or zh"));
        }
    }

    /** {@code --format} in any case: {@code csv}, {@code CSV}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.extension().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not an output format; use json, jsonl, csv or xlsx");
        }
    }
}

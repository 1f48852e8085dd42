package io.planextract.cli;

import io.planextract.ledger.AliasFile;
import io.planextract.read.ReadLimits;
import io.planextract.write.Labels;
import io.planextract.write.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
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
 * standard error), 2 a usage error, 3 all converted but with warnings and {@code --fail-on-warnings} given.
 */
@Command(name = "plan-extract", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        sortOptions = false, usageHelpAutoWidth = true, subcommands = ServeCommand.class,
        description = {"Turns notices with task decomposition tables (任务分解表) into task records.",
            "Inputs are files, or folders searched for txt, docx, doc, wps, htm, html, pdf, ofd, xlsx, xlsm, xls and et"
                    + " files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input converted, every output written (warnings allowed)",
            "1:some inputs failed (each named on standard error; a notice without tasks too, unless"
                + " --allow-empty), none were found, or an output could not be written",
            "2:usage error (also: an output that would overwrite an input)",
            "3:with --fail-on-warnings: everything converted, but with warnings"})
public class PlanExtractCommand implements Callable<Integer> {
    static final int EXIT_FAILED_INPUTS = 1;
    /** Complete, but a person should look first: apart from 1, so a pipeline can route rather than retry. */
    static final int EXIT_WARNINGS = 3;
    static final long MAX_TIMEOUT_SECONDS = 30L * 24 * 3600;

    @Spec
    CommandSpec spec;

    // 0..* so that `plan-extract serve` parses (picocli checks a parent's required parameters even when a
    // subcommand is given); call() refuses a run without inputs exactly as picocli would.
    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Notice files or folders of notices; - reads standard input (the format from the content).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR/",
            description = {"Write to FILE (all results together), or to DIR/ (a path ending in / or an existing"
                + " folder: one file per input, named after it); - or nothing: standard output."})
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

    @Option(names = "--warnings", paramLabel = "FILE.jsonl", description = {"Also keep every warning in"
        + " FILE.jsonl, one JSON line each (file, table, row, paragraph, line, code, message; docs/warnings.md)."})
    Path warnings;

    @Option(names = "--fail-on-warnings", description = {"Exit with 3 when everything converted but with warnings"
        + " (for pipelines that send such notices to a person first)."})
    boolean failOnWarnings;

    @Option(names = "--allow-empty", description = {"Convert a notice in which no task is found (0 tasks, a"
        + " warning); by default it is a failed input."})
    boolean allowEmpty;

    @Option(names = "--skip-existing",
            description = {"With -o DIR/: keep outputs already there, so a rerun converts only new inputs"
                + " (a JSON output is kept only if made from the same content)."})
    boolean skipExisting;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a file that takes longer, reporting it as failed; 0: no limit. Default: 600.")
    long timeoutSeconds = BatchOptions.DEFAULT_TIMEOUT.toSeconds();

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

    @Option(names = "--per-notice", description = {"With --by-unit: a folder of ledgers per notice instead of"
        + " one ledger per unit for the whole run."})
    boolean perNotice;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "With --by-unit: unit name variants to bring together (see docs/ledgers.md).")
    Path aliases;

    private final InputStream stdin;
    /** How folders are opened for listing; tests replace it to meet a folder that cannot be listed, as root too. */
    InputWalker.FolderGate folderGate = InputWalker.FolderGate.OPEN;

    private final OutputStream stdout;
    private final boolean stderrIsTerminal;
    private final Duration progressInterval;

    public PlanExtractCommand() {
        this(CheckedStdout.process(), Terminal.stderrIsTerminal(), Duration.ofSeconds(5));
    }

    /** For tests and embedding: where standard output goes, and how progress is shown on standard error. */
    public PlanExtractCommand(OutputStream stdout, boolean stderrIsTerminal, Duration progressInterval) {
        this(System.in, stdout, stderrIsTerminal, progressInterval);
    }

    /** For tests and embedding, with what the input {@code -} reads. */
    public PlanExtractCommand(InputStream stdin, OutputStream stdout, boolean stderrIsTerminal,
            Duration progressInterval) {
        this.stdin = stdin;
        this.stdout = new CheckedStdout(stdout);
        this.stderrIsTerminal = stderrIsTerminal;
        this.progressInterval = progressInterval;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PlanExtractCommand()).execute(args));
    }

    /** The command line for {@code command}, with short usage errors (the mistake and a hint, not the help). */
    public static CommandLine commandLine(PlanExtractCommand command) {
        return new CommandLine(command).setParameterExceptionHandler(new ShortUsageErrors());
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
            checkOptionsFit(chosen);
            List<Path> outputs = new java.util.ArrayList<>();
            target.folder().ifPresent(outputs::add);
            target.file().ifPresent(outputs::add);
            Optional.ofNullable(errors).ifPresent(outputs::add);
            Optional.ofNullable(report).ifPresent(outputs::add);
            Optional.ofNullable(warnings).ifPresent(outputs::add);
            List<Path> outputFiles = outputs.stream().filter(p -> target.folder().map(f -> !f.equals(p))
                    .orElse(true)).toList();
            if (OutputGuard.repeated(outputFiles)) {
                throw usage("-o, --errors, --warnings and --report must each name a different file");
            }
            OutputGuard.overwrittenInput(inputs, outputFiles).ifPresent(p -> {
                throw usage("the output would overwrite an input: " + Names.quote(p.toString()));
            });
            if (inputs.stream().filter(p -> p.toString().equals(InputFile.STANDARD_INPUT)).count() > 1) {
                throw usage("standard input (-) can be read only once");
            }
            InputWalker.Walk walk = new InputWalker(outputs, followLinks, folderGate).scan(inputs);
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
                    new BatchOptions(jobs, !noBom, skipExisting, Optional.ofNullable(errors),
                            sheetPerNotice, Optional.ofNullable(report), Duration.ofSeconds(timeoutSeconds),
                            Optional.ofNullable(labels), rawCsv, Optional.ofNullable(warnings), allowEmpty),
                    stdin, stdout, progress);
            BatchSummary summary = runner.run(files, plan);
            if (!quiet) {
                err.println(summary.line());
                err.flush();
            }
            if (!summary.allConverted() || !walk.failures().isEmpty()) {
                return EXIT_FAILED_INPUTS; // an incomplete output outranks warnings
            }
            boolean warned = summary.withWarnings() > 0 || !walk.warnings().isEmpty();
            return failOnWarnings && warned ? EXIT_WARNINGS : 0;
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
        Optional<Path> file = target.file();
        if (file.isPresent() && OutputFormat.fromPath(file.get()).isEmpty() && extension(file.get()) != null) {
            // -o x.pdf would get JSON under a name that promises something else.
            throw usage("no output format is written as ." + extension(file.get()) + " (-o "
                    + Names.quote(file.get().toString()) + "); use .json, .jsonl, .csv or .xlsx, or --format");
        }
        return file.flatMap(OutputFormat::fromPath).orElse(OutputFormat.JSON);
    }

    /** The extension of a file name ({@code pdf} for {@code x.pdf}), null for none ({@code out}, {@code .hidden}). */
    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1) : null;
    }

    /**
     * Options for another format than the one written are a usage error (see {@link FormatOptions}), found before
     * any work. {@code --by-unit} writes csv ledgers unless xlsx is chosen (as {@link #plan} decides).
     */
    private void checkOptionsFit(OutputFormat chosen) {
        if (byUnit && sheetPerNotice) {
            throw usage("--sheet-per-notice does not apply to --by-unit ledgers (one sheet or file per unit)");
        }
        OutputFormat written = !byUnit || chosen == OutputFormat.XLSX ? chosen : OutputFormat.CSV;
        FormatOptions.misfit(written, byUnit,
                new FormatOptions.Applies("--no-bom", noBom, java.util.Set.of(OutputFormat.CSV)),
                new FormatOptions.Applies("--raw-csv", rawCsv, java.util.Set.of(OutputFormat.CSV)),
                new FormatOptions.Applies("--labels", labels != null,
                        java.util.Set.of(OutputFormat.CSV, OutputFormat.XLSX)),
                new FormatOptions.Applies("--sheet-per-notice", sheetPerNotice, java.util.Set.of(OutputFormat.XLSX)))
                .ifPresent(m -> {
                    throw usage(m);
                });
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
                    : OutputFormat.CSV, aliasFile(), perNotice);
        }
        if (perNotice) {
            throw usage("--per-notice goes with --by-unit (for one sheet per notice in a workbook: --sheet-per-notice)");
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
            if (output == null || output.equals("-")) {
                return new OutputTarget(Optional.empty(), Optional.empty()); // "-o -": standard output, as in sh
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

package io.planextract.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.planextract.ExtractionException;
import io.planextract.ExtractionException.Stage;
import io.planextract.PlanExtractor;
import io.planextract.model.NoticeResult;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.Readers;
import io.planextract.write.AtomicOutput;
import io.planextract.write.Json;
import io.planextract.write.Labels;
import io.planextract.write.OutputFormat;
import io.planextract.write.ResultSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Converts one input on a worker thread, and writes its own output file when the batch has one per input.
 * Whatever goes wrong with one file, including a stack overflow or running out of memory, becomes that file's
 * {@link Outcome.Failed}: one bad file never stops the batch.
 */
final class FileConverter {
    /** The conversion itself; {@link PlanExtractor#convert(byte[], String)} outside tests. */
    @FunctionalInterface
    interface Conversion {
        NoticeResult convert(byte[] content, String displayPath) throws ExtractionException;
    }

    private final Conversion extractor;
    private final ReadLimits limits;
    private final OpenOutputs outputs;
    private final boolean bom;
    private final Optional<Labels> labels;
    private final boolean rawCsv;
    private final boolean allowEmpty;
    private final InputStream stdin;

    FileConverter(Conversion extractor, ReadLimits limits, OpenOutputs outputs, boolean bom) {
        this(extractor, limits, outputs, bom, Optional.empty(), false);
    }

    FileConverter(Conversion extractor, ReadLimits limits, OpenOutputs outputs, boolean bom,
            Optional<Labels> labels, boolean rawCsv) {
        this(extractor, limits, outputs, bom, labels, rawCsv, true, InputStream.nullInputStream());
    }

    /**
     * @param labels {@code --labels} for CSV and XLSX outputs; absent: each format's default
     * @param rawCsv CSV cells exactly as read, formula-like ones included ({@code --raw-csv})
     * @param allowEmpty a notice without tasks is converted ({@code --allow-empty}); otherwise it fails
     * @param stdin      what the input {@code -} reads
     */
    FileConverter(Conversion extractor, ReadLimits limits, OpenOutputs outputs, boolean bom,
            Optional<Labels> labels, boolean rawCsv, boolean allowEmpty, InputStream stdin) {
        this.extractor = extractor;
        this.limits = limits;
        this.outputs = outputs;
        this.bom = bom;
        this.labels = labels;
        this.rawCsv = rawCsv;
        this.allowEmpty = allowEmpty;
        this.stdin = stdin;
    }

    /** What a notice without tasks says on standard error and in {@code --errors}. */
    static final String NO_TASKS = "没有找到任务：既没有任务分解表，也没有读出带责任单位的任务"
            + "（no tasks found; --allow-empty converts such files anyway）";

    /** Converts for a combined output: the result travels back to the coordinator. */
    Outcome convert(InputFile input) {
        try {
            NoticeResult result = extractor.convert(load(input), input.display());
            if (result.tasks().isEmpty() && !allowEmpty) {
                return new Outcome.Failed(input, Stage.EXTRACT, NO_TASKS);
            }
            return new Outcome.Converted(input, result, result.tasks().size(), result.warnings().size());
        } catch (ReadException e) {
            return new Outcome.Failed(input, Stage.READ, e.getMessage());
        } catch (ExtractionException e) {
            return new Outcome.Failed(input, e.stage(), e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return unexpected(input, e);
        }
    }

    /**
     * Converts into the input's own output file. With {@code skipExisting}, an existing output is kept; for JSON
     * it is kept only if it was made from the same content (its {@code source.sha256}), so a changed input is
     * converted again.
     */
    Outcome convertInto(InputFile input, Path target, OutputFormat format, boolean skipExisting) {
        try {
            boolean exists = skipExisting && Files.exists(target);
            if (exists && format != OutputFormat.JSON) {
                return new Outcome.Skipped(input, target); // no record of the content: the file's presence decides
            }
            byte[] content = load(input);
            if (exists && sha256(content).equals(recordedSha256(target))) {
                return new Outcome.Skipped(input, target);
            }
            NoticeResult result = extractor.convert(content, input.display());
            content = null; // the bytes are no longer needed while the output is written
            if (Thread.currentThread().isInterrupted()) {
                // Given up on (--timeout) and already reported: its output must not appear after the fact.
                return new Outcome.Failed(input, Stage.EXTRACT, "stopped");
            }
            if (result.tasks().isEmpty() && !allowEmpty) {
                // Not "converted" with an empty output: a wrong file in a folder must be seen (docs/warnings.md).
                return new Outcome.Failed(input, Stage.EXTRACT, NO_TASKS);
            }
            write(result, target, format);
            // The result travels on in input order for the review page; the window of work in flight bounds them.
            return new Outcome.Converted(input, result, result.tasks().size(), result.warnings().size());
        } catch (ReadException e) {
            return new Outcome.Failed(input, Stage.READ, e.getMessage());
        } catch (ExtractionException e) {
            return new Outcome.Failed(input, e.stage(), e.getMessage());
        } catch (IOException e) {
            return new Outcome.Failed(input, Stage.WRITE, "the output " + target + " could not be written ("
                    + e.getMessage() + ")");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return unexpected(input, e);
        }
    }

    private byte[] load(InputFile input) throws ReadException {
        if (input.isStandardInput()) {
            try {
                return Readers.load(stdin, limits);
            } catch (IOException e) {
                throw new ReadException("standard input cannot be read: " + e.getMessage());
            }
        }
        return Readers.load(input.path(), limits);
    }

    private void write(NoticeResult result, Path target, OutputFormat format) throws IOException {
        AtomicOutput output = outputs.open(target);
        try {
            ResultSink sink = SinkOpener.open(format, output.stream(), false, bom, false, labels, rawCsv);
            sink.accept(result);
            sink.close();
            output.commit();
        } finally {
            output.close();
            outputs.done(output);
        }
    }

    private static Outcome unexpected(InputFile input, Throwable e) {
        String why;
        if (e instanceof StackOverflowError) {
            why = "the file is nested too deeply to be read";
        } else if (e instanceof OutOfMemoryError) {
            why = "the file needs more memory than plan-extract has (run it with a larger -Xmx, or split the file)";
        } else {
            why = "plan-extract failed on this file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it with the file";
        }
        return new Outcome.Failed(input, Stage.EXTRACT, why);
    }

    /** The {@code source.sha256} of an earlier JSON output, read without loading the document; null if none. */
    static String recordedSha256(Path jsonOutput) {
        try (InputStream in = Files.newInputStream(jsonOutput);
                JsonParser parser = Json.mapper().getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!"source".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String sub = parser.currentName();
                    parser.nextToken();
                    if ("sha256".equals(sub)) {
                        return parser.getValueAsString();
                    }
                    parser.skipChildren();
                }
                return null;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package io.planextract.cli;

import io.planextract.ExtractionException;
import io.planextract.PlanExtractor;
import io.planextract.ledger.LedgerFormat;
import io.planextract.ledger.LedgerOptions;
import io.planextract.ledger.UnitLedgerSink;
import io.planextract.read.ReadLimits;
import io.planextract.report.ReviewPageWriter;
import io.planextract.write.AtomicOutput;
import io.planextract.write.OutputFormat;
import io.planextract.write.ResultSink;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a batch: converts the inputs on a bounded pool and hands their outcomes, in input order, to the output.
 *
 * <p>At most {@code 2 × threads} inputs are in flight: the coordinator submits ahead up to that window and
 * then waits for the oldest one. Workers never wait on each other, a slow file holds back only the writing of
 * the files after it, and memory stays bounded however many files the batch has: the combined output is written
 * as results arrive, never gathered first. The coordinator (the calling thread) is the only one that touches the
 * combined output, the error log, the progress and the counts.
 */
public final class BatchRunner {
    /** Worker threads get a large stack: deeply nested input is refused by the readers' limits, not by a crash. */
    private static final long WORKER_STACK_BYTES = 64L << 20;

    private final FileConverter.Conversion conversion;
    private final ReadLimits limits;
    private final BatchOptions options;
    private final OutputStream stdout;
    private final Progress progress;
    private final InputStream stdin;

    BatchRunner(ReadLimits limits, BatchOptions options, OutputStream stdout, Progress progress) {
        this(limits, options, InputStream.nullInputStream(), stdout, progress);
    }

    /** @param stdin what the input {@code -} reads */
    BatchRunner(ReadLimits limits, BatchOptions options, InputStream stdin, OutputStream stdout, Progress progress) {
        this(new PlanExtractor(limits)::convert, limits, options, stdin, stdout, progress);
    }

    /** With the conversion given, for tests. */
    BatchRunner(FileConverter.Conversion conversion, ReadLimits limits, BatchOptions options, OutputStream stdout,
            Progress progress) {
        this(conversion, limits, options, InputStream.nullInputStream(), stdout, progress);
    }

    private BatchRunner(FileConverter.Conversion conversion, ReadLimits limits, BatchOptions options,
            InputStream stdin, OutputStream stdout, Progress progress) {
        this.stdin = stdin;
        this.conversion = conversion;
        this.limits = limits;
        this.options = options;
        this.stdout = stdout;
        this.progress = progress;
    }

    /** Thrown when the combined output or the error log cannot be written: the whole batch stops. */
    static final class OutputFailure extends Exception {
        OutputFailure(String message, IOException cause) {
            super(message, cause);
        }
    }

    BatchSummary run(List<InputFile> inputs, OutputPlan plan) throws OutputFailure {
        long start = System.nanoTime();
        boolean perInput = plan instanceof OutputPlan.PerInput;
        List<Path> targets = perInput ? ((OutputPlan.PerInput) plan).targets(inputs) : List.of();
        Counts counts = new Counts();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 0L,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), workers());
        try (OpenOutputs outputs = new OpenOutputs()) {
            FileConverter converter = new FileConverter(conversion, limits, outputs, options.bom(), options.labels(),
                    options.rawCsv(), options.allowEmpty(), stdin);
            Combined combined = Combined.open(plan, outputs, stdout, options);
            ErrorLog errors = null;
            WarningLog warnings = null;
            try {
                errors = options.errors().isPresent() ? ErrorLog.open(outputs, options.errors().get()) : null;
                warnings = options.warnings().isPresent() ? WarningLog.open(outputs, options.warnings().get())
                        : null;
                targets.forEach(OpenOutputs::sweepLeftovers);
                progress.start(inputs.size());
                Deque<Job> inFlight = new ArrayDeque<>();
                int window = Math.max(2, 2 * options.threads());
                int next = 0;
                while (next < inputs.size() || !inFlight.isEmpty()) {
                    while (next < inputs.size() && inFlight.size() < window) {
                        InputFile input = inputs.get(next);
                        if (perInput) {
                            Path target = targets.get(next);
                            inFlight.add(Job.submit(pool, input, () -> converter.convertInto(input, target,
                                    plan.format(), options.skipExisting())));
                        } else {
                            inFlight.add(Job.submit(pool, input, () -> converter.convert(input)));
                        }
                        next++;
                    }
                    Outcome outcome = await(inFlight.removeFirst(), pool);
                    record(outcome, counts, combined, errors, warnings);
                }
                progress.finish();
                combined.finish(counts.converted);
                // Inputs the ledgers took as copies of another: said once, so a clerk sees why the counts fell.
                combined.notes().forEach(note -> progress.message("plan-extract: ledgers: " + Names.quote(note)));
                if (errors != null) {
                    errors.commit();
                }
                if (warnings != null) {
                    warnings.commit();
                }
            } catch (IOException e) {
                progress.finish();
                String what = plan instanceof OutputPlan.ToStdout ? "standard output" : "the output";
                throw new OutputFailure(what + " could not be written (" + e.getMessage() + ")", e);
            } finally {
                combined.close();
                if (errors != null) {
                    closeQuietly(errors.output(), outputs);
                }
                if (warnings != null) {
                    closeQuietly(warnings.output(), outputs);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new BatchSummary(inputs.size(), counts.converted, counts.withWarnings, counts.failed, counts.skipped,
                counts.tasks, Duration.ofNanos(System.nanoTime() - start), counts.warned);
    }

    private void record(Outcome outcome, Counts counts, Combined combined, ErrorLog errors, WarningLog warnings)
            throws IOException {
        if (outcome instanceof Outcome.Converted c) {
            counts.converted++;
            counts.tasks += c.tasks();
            if (c.warnings() > 0) {
                counts.withWarnings++;
                if (counts.warned.size() < BatchSummary.NAMED) {
                    counts.warned.add(Names.quote(c.input().display()));
                }
            }
            if (c.result() != null) {
                combined.accept(c.result());
                if (warnings != null) {
                    warnings.add(c.result());
                }
            }
        } else if (outcome instanceof Outcome.Skipped) {
            counts.skipped++;
        } else if (outcome instanceof Outcome.Failed f) {
            counts.failed++;
            // One line per failure, whatever the name or the message holds (a newline, escape codes).
            progress.message("plan-extract: failed: " + Names.quote(f.input().display()) + " [" + f.stage() + "] "
                    + Names.quote(f.message()));
            if (errors != null) {
                errors.add(f);
            }
        }
        progress.advance();
    }

    /**
     * The outcome of the oldest job. A job running longer than the timeout is given up: reported as that file's
     * failure, interrupted, and replaced by a new worker thread, since code busy on the CPU may ignore the
     * interrupt; the batch goes on at full strength and its JVM ends when the batch does.
     */
    private Outcome await(Job job, ThreadPoolExecutor pool) {
        long limit = options.timeout().toNanos();
        try {
            while (true) {
                long started = job.startedNanos;
                long wait = limit <= 0 ? Long.MAX_VALUE
                        : started == 0 ? TimeUnit.MILLISECONDS.toNanos(100) : started + limit - System.nanoTime();
                // A finished file is never timed out, however long the batch took to come round to it.
                if (wait <= 0 && !job.future.isDone()) {
                    job.future.cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return new Outcome.Failed(job.input, ExtractionException.Stage.EXTRACT,
                            "the file took longer than " + options.timeout().toSeconds() + " s to convert and was"
                                    + " left out (--timeout)");
                }
                try {
                    return job.future.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // check again: not started yet, or now over the limit
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            // FileConverter turns every failure into an Outcome; reaching here is a bug in plan-extract itself.
            throw new IllegalStateException("a worker failed unexpectedly", e.getCause());
        }
    }

    /** One input in flight, and when a worker took it up (0 while it waits in the queue). */
    private static final class Job {
        final InputFile input;
        volatile long startedNanos;
        Future<Outcome> future;

        private Job(InputFile input) {
            this.input = input;
        }

        static Job submit(ExecutorService pool, InputFile input, Callable<Outcome> work) {
            Job job = new Job(input);
            job.future = pool.submit(() -> {
                job.startedNanos = System.nanoTime();
                return work.call();
            });
            return job;
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(null, task, "plan-extract-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    private static void closeQuietly(AtomicOutput output, OpenOutputs outputs) {
        try {
            output.close();
        } catch (IOException e) {
            // Only the temporary file of an output that failed anyway.
        }
        outputs.done(output);
    }

    /** Counts kept by the coordinator alone. */
    private static final class Counts {
        int converted;
        int withWarnings;
        final List<String> warned = new ArrayList<>();
        int failed;
        int skipped;
        long tasks;
    }

    /** The combined output (standard output or one file), or none when each input has its own file. */
    private static final class Combined {
        private final ResultSink sink;
        private final AtomicOutput file;
        private final OpenOutputs outputs;
        private final boolean singleDocument;
        private final ReviewPageWriter report;

        private Combined(ResultSink sink, AtomicOutput file, OpenOutputs outputs, boolean singleDocument,
                ReviewPageWriter report) {
            this.sink = sink;
            this.file = file;
            this.outputs = outputs;
            this.singleDocument = singleDocument;
            this.report = report;
        }

        static Combined open(OutputPlan plan, OpenOutputs outputs, OutputStream stdout, BatchOptions options)
                throws OutputFailure {
            boolean bom = options.bom();
            try {
                ReviewPageWriter report = options.report().isPresent() ? ReviewPageWriter.open(options.report().get())
                        : null;
                if (plan instanceof OutputPlan.ToStdout s) {
                    return new Combined(SinkOpener.open(s.format(), unclosable(stdout), s.several(), bom, false,
                            options.labels(), options.rawCsv()), null,
                            outputs, !s.several(), report);
                }
                if (plan instanceof OutputPlan.ToFile f) {
                    OpenOutputs.sweepLeftovers(f.file());
                    AtomicOutput out = outputs.open(f.file());
                    return new Combined(SinkOpener.open(f.format(), out.stream(), f.several(), bom,
                            options.sheetPerNotice(), options.labels(), options.rawCsv()), out, outputs,
                            !f.several(), report);
                }
                if (plan instanceof OutputPlan.Ledgers l) {
                    LedgerFormat format = l.format() == OutputFormat.XLSX ? LedgerFormat.XLSX : LedgerFormat.CSV;
                    LedgerOptions ledgerOptions = new LedgerOptions(format, bom, !options.rawCsv(),
                            options.labels().orElse(null), l.perNotice());
                    return new Combined(new UnitLedgerSink(l.folder(), l.aliases(), ledgerOptions), null, outputs,
                            false, report);
                }
                return new Combined(null, null, outputs, false, report);
            } catch (IOException e) {
                throw new OutputFailure("the output could not be opened (" + e.getMessage() + ")", e);
            }
        }

        void accept(io.planextract.model.NoticeResult result) throws IOException {
            if (sink != null) {
                sink.accept(result);
            }
            if (report != null) {
                report.accept(result);
            }
        }

        /**
         * The batch ran to its end: finish and commit the output. A single JSON document whose one input failed
         * has nothing to say, so nothing is written (an existing file stays as it was).
         */
        void finish(int converted) throws IOException {
            if (report != null) {
                report.close();
            }
            if (sink == null || (singleDocument && converted == 0)) {
                return;
            }
            sink.close();
            if (file != null) {
                file.commit();
            }
        }

        /** What the output has to say once written (the ledgers' copies), else nothing. */
        List<String> notes() {
            return sink instanceof UnitLedgerSink ledgers ? ledgers.notes() : List.of();
        }

        /** Without {@link #finish}, the file's temporary part is dropped: no partial output. */
        void close() {
            if (report != null) {
                // A published page stays; an unfinished one (the batch failed) is dropped, never left half-written.
                report.abort();
                try {
                    report.close();
                } catch (IOException e) {
                    // Only the temporary file of a page that was being dropped anyway.
                }
            }
            // A committed output's close does nothing; an unfinished one loses its temporary file.
            if (file != null) {
                closeQuietly(file, outputs);
            }
        }
    }

    /** Standard output stays open for whoever runs the command after the sink is done with it. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
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
}

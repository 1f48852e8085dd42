package io.planextract.bench;

import io.planextract.ExtractionException;
import io.planextract.PlanExtractor;
import io.planextract.cli.PlanExtractCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The throughput and memory benchmark behind {@code bench/run}: generated corpora per format, converted
 * single-threaded and on all cores through the real command; a 10,000-row table; a 10,000-file batch with its
 * live heap sampled as it runs. Prints a Markdown table (the figures in docs/benchmarks.md come from it).
 *
 * <pre>bench/run [FILES_PER_FORMAT] [BIG_BATCH_FILES]</pre>
 */
public final class Bench {
    private final Path work;
    private final List<String> lines = new ArrayList<>();

    private Bench(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int perFormat = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int bigBatch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path work = Files.createTempDirectory("plan-extract-bench");
        try {
            new Bench(work).run(perFormat, bigBatch);
        } finally {
            delete(work);
        }
    }

    private void run(int perFormat, int bigBatch) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        say("plan-extract benchmark: %d cores, java %s, max heap %d MB", cores,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        say("load average at start (other work on this machine): %s", loadAverage());
        say("");
        say("| corpus | files | MB | converted | failed | threads | notices/s | MB/s | CPU ms/notice | peak heap MB |");
        say("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // Warm the JIT on a small corpus first, so the first measured format is not paying for it.
        Path warm = work.resolve("warm");
        new CorpusGenerator(1).generate(warm, 200, CorpusGenerator.Mix.all(0, 10, 40));
        batch(warm, 1);
        for (String format : List.of("txt", "docx", "html", "xlsx")) {
            Path dir = work.resolve(format);
            List<CorpusGenerator.Entry> corpus = new CorpusGenerator(format.hashCode()).generate(dir, perFormat,
                    new CorpusGenerator.Mix(List.of(format), 0, 10, 80));
            row(format + " (10–80 rows)", corpus, dir, 1);
            row(format + " (10–80 rows)", corpus, dir, cores);
            if (format.equals("docx")) {
                Path docDir = work.resolve("doc");
                var doc = DocCorpus.fromDocx(dir, docDir);
                if (doc.isPresent()) {
                    row("doc (the docx converted by LibreOffice)", doc.get(), docDir, 1);
                    row("doc (the docx converted by LibreOffice)", doc.get(), docDir, cores);
                } else {
                    say("| doc: not measured (LibreOffice's soffice is not installed; POI cannot write DOC) |"
                            + " | | | | | | | | |");
                }
                Path pdfDir = work.resolve("pdf");
                var pdf = DocCorpus.fromDocx(dir, pdfDir, "pdf");
                if (pdf.isPresent()) {
                    row("pdf (the docx printed by LibreOffice)", pdf.get(), pdfDir, 1);
                    row("pdf (the docx printed by LibreOffice)", pdf.get(), pdfDir, cores);
                } else {
                    say("| pdf: not measured (LibreOffice's soffice is not installed) | | | | | | | | | |");
                }
            }
        }
        Path mixed = work.resolve("mixed");
        List<CorpusGenerator.Entry> mixedCorpus = new CorpusGenerator(5).generate(mixed, perFormat,
                CorpusGenerator.Mix.all(0.10, 10, 80));
        row("mixed, 10% broken", mixedCorpus, mixed, cores);
        say("");

        say("| one big table | MB | tasks | seconds | CPU seconds | MB/s | peak heap MB |");
        say("|---|---:|---:|---:|---:|---:|---:|");
        for (String format : List.of("txt", "docx", "html", "xlsx")) {
            bigTable(format, 1_000); // the same table ten times smaller shows how time grows with rows
            bigTable(format, 10_000);
        }
        say("");
        PdfNotice.measure(work.resolve("pdf-notice"), this::say);
        say("");

        say("| batch of small notices (5–30 rows) | files | MB | converted | seconds | notices/s | CPU ms/notice"
                + " | live heap after GC, min–max MB | peak heap MB |");
        say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : List.of(Math.max(1, bigBatch / 10), bigBatch)) {
            Path dir = work.resolve("batch-" + n);
            List<CorpusGenerator.Entry> corpus = new CorpusGenerator(n).generate(dir,
                    n, CorpusGenerator.Mix.textOnly(0, 5, 30));
            LiveHeap sampler = LiveHeap.start();
            Result r = batch(dir, cores);
            long[] live = sampler.stop();
            say("| %,d text notices, -j %d, into one JSONL | %,d | %.1f | %,d | %.1f | %.0f | %.1f | %d–%d | %d |", n,
                    cores, n, mb(corpus), r.converted, r.seconds, r.converted / r.seconds, r.cpuSeconds * 1000 / n,
                    live[0] >> 20, live[1] >> 20, r.peakHeap >> 20);
            delete(dir);
        }
        say("");
        say("Process peak resident memory (VmHWM): %s; load average at the end: %s", vmHwm(), loadAverage());
    }

    private void row(String name, List<CorpusGenerator.Entry> corpus, Path dir, int threads) throws Exception {
        Result r = batch(dir, threads);
        say("| %s | %d | %.1f | %d | %d | %d | %.0f | %.1f | %.1f | %d |", name, corpus.size(), mb(corpus),
                r.converted, r.failed, threads, (r.converted + r.failed) / r.seconds, mb(corpus) / r.seconds,
                r.cpuSeconds * 1000 / corpus.size(), r.peakHeap >> 20);
    }

    /** The real command on a folder into one JSONL file, as a clerk would run it. */
    private Result batch(Path dir, int threads) throws IOException {
        Path out = work.resolve("out.jsonl");
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new PlanExtractCommand(OutputStream.nullOutputStream(), false,
                Duration.ofHours(1)));
        cmd.setErr(new PrintWriter(err));
        resetPeaks();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        cmd.execute(dir.toString(), "-o", out.toString(), "-j", String.valueOf(threads));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        String summary = err.toString().lines().filter(l -> l.contains(" converted (")).reduce((a, b) -> b)
                .orElse("");
        Files.deleteIfExists(out);
        return new Result(count(summary, "converted"), count(summary, "failed"), seconds, cpuSeconds, peakHeap());
    }

    private void bigTable(String format, int rows) throws Exception {
        Path dir = work.resolve("big-" + format);
        Files.createDirectories(dir);
        CorpusGenerator.Entry e = new CorpusGenerator(99).writeGood(dir, "big", format, rows);
        PlanExtractor extractor = new PlanExtractor();
        System.gc();
        resetPeaks();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        String tasks;
        try {
            tasks = String.format(Locale.ROOT, "%,d", extractor.convert(e.file()).tasks().size());
        } catch (ExtractionException ex) {
            tasks = "failed: " + ex.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        say("| %s, %,d rows | %.1f | %s | %.2f | %.2f | %.1f | %d |", format, rows, e.bytes() / 1e6, tasks, seconds,
                cpuSeconds, e.bytes() / 1e6 / seconds, peakHeap() >> 20);
        delete(dir);
    }

    private record Result(int converted, int failed, double seconds, double cpuSeconds, long peakHeap) {
    }

    /** Samples the heap in use right after a collection, every second: the live set, which must stay flat. */
    private static final class LiveHeap {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private long min = Long.MAX_VALUE;
        private long max;

        private LiveHeap() {
            thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.gc();
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    synchronized (this) {
                        min = Math.min(min, used);
                        max = Math.max(max, used);
                    }
                }
            }, "live-heap");
            thread.setDaemon(true);
        }

        static LiveHeap start() {
            LiveHeap h = new LiveHeap();
            h.thread.start();
            return h;
        }

        long[] stop() throws InterruptedException {
            running.set(false);
            thread.interrupt();
            thread.join();
            synchronized (this) {
                return new long[] {min == Long.MAX_VALUE ? 0 : min, max};
            }
        }
    }

    /** CPU time of the whole process (all threads, the collector's too): unlike wall time, not inflated by others. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String vmHwm() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static int count(String summary, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) " + word).matcher(summary);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static double mb(List<CorpusGenerator.Entry> corpus) {
        return corpus.stream().mapToLong(CorpusGenerator.Entry::bytes).sum() / 1e6;
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
        System.out.flush();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

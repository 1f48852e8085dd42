package io.planextract.bench;

import io.planextract.PlanExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One PDF notice of about ten pages (a generated notice with a long task table, printed by LibreOffice), converted
 * again and again in a warm JVM: the time a clerk waits for a typical PDF once the service or batch is running.
 */
final class PdfNotice {
    /** Rows that fill about ten A4 pages with the generated table. */
    private static final int ROWS = 120;
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    interface Say {
        void say(String format, Object... args);
    }

    private PdfNotice() {
    }

    static void measure(Path dir, Say out) throws Exception {
        Path docx = dir.resolve("docx");
        Files.createDirectories(docx);
        new CorpusGenerator(7).writeGood(docx, "notice", "docx", ROWS);
        Optional<List<CorpusGenerator.Entry>> pdf = DocCorpus.fromDocx(docx, dir.resolve("pdf"), "pdf");
        if (pdf.isEmpty()) {
            out.say("A PDF notice: not measured (LibreOffice's soffice is not installed).");
            return;
        }
        Path file = pdf.get().get(0).file();
        int pages;
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            pages = d.getNumberOfPages();
        }
        PlanExtractor extractor = new PlanExtractor();
        int tasks = 0;
        for (int i = 0; i < WARM_UP; i++) {
            tasks = extractor.convert(file).tasks().size();
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            extractor.convert(file);
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        // CPU time too: on a machine shared with other work the wall clock measures the others as well
        out.say("| one PDF notice, warm | pages | KB | tasks | median ms | fastest ms | median CPU ms |");
        out.say("|---|---:|---:|---:|---:|---:|---:|");
        out.say("| %d-row table printed by LibreOffice | %d | %d | %d | %.0f | %.0f | %.0f |", ROWS, pages,
                Files.size(file) >> 10, tasks, ms[RUNS / 2], ms[0], cpu[RUNS / 2]);
    }

    /** Just this measurement: {@code java ... io.planextract.bench.PdfNotice}. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("plan-extract-pdf-bench");
        measure(dir, (f, a) -> System.out.println(String.format(java.util.Locale.ROOT, f, a)));
    }
}

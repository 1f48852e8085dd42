package io.planextract.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of made-up notices for benchmarks and batch tests: text dumps (UTF-8 and GB18030), HTML pages
 * (UTF-8 and GBK), DOCX files and workbooks (XLSX), in varied layouts and sizes, plus a share of broken files
 * (empty, truncated, corrupt, binary under a text name, a PDF under a Word name) that plan-extract must report, not
 * crash on.
 * Legacy DOC is not generated: POI cannot write it.
 *
 * <pre>
 * java ... io.planextract.bench.CorpusGenerator OUT_DIR COUNT [txt,docx,html,xlsx] [BROKEN_SHARE] [ROWS_MIN-ROWS_MAX]
 * </pre>
 */
public final class CorpusGenerator {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");

    /** One written file and whether plan-extract should convert it. */
    public record Entry(Path file, String format, boolean good, int rows, long bytes) {
    }

    /** What to write: formats to draw from, the share of broken files, and the range of table rows. */
    public record Mix(List<String> formats, double brokenShare, int minRows, int maxRows) {
        public static Mix textOnly(double brokenShare, int minRows, int maxRows) {
            return new Mix(List.of("txt"), brokenShare, minRows, maxRows);
        }

        public static Mix all(double brokenShare, int minRows, int maxRows) {
            return new Mix(List.of("txt", "docx", "html"), brokenShare, minRows, maxRows);
        }
    }

    private final NoticeFactory notices;
    private final Random random;

    public CorpusGenerator(long seed) {
        this.notices = new NoticeFactory(seed);
        this.random = notices.random();
    }

    /**
     * Writes {@code count} files into {@code dir}: exactly {@code round(count × brokenShare)} broken ones, spread
     * through the corpus, and good ones in the given formats taken in turn.
     */
    public List<Entry> generate(Path dir, int count, Mix mix) throws IOException {
        Files.createDirectories(dir);
        int broken = (int) Math.round(count * mix.brokenShare());
        List<Boolean> isBroken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            isBroken.add(i < broken);
        }
        java.util.Collections.shuffle(isBroken, random);
        List<Entry> entries = new ArrayList<>(count);
        int width = String.valueOf(count).length();
        for (int i = 0; i < count; i++) {
            String format = mix.formats().get(i % mix.formats().size());
            String stem = String.format(Locale.ROOT, "notice-%0" + width + "d", i + 1);
            int rows = mix.minRows() + random.nextInt(mix.maxRows() - mix.minRows() + 1);
            entries.add(isBroken.get(i) ? writeBroken(dir, stem, i) : writeGood(dir, stem, format, rows));
        }
        return entries;
    }

    /** One good notice of exactly {@code rows} task rows. */
    public Entry writeGood(Path dir, String stem, String format, int rows) throws IOException {
        NoticeSpec spec = notices.notice(rows);
        boolean legacy = random.nextInt(4) == 0; // a quarter in the GB code pages real offices still use
        byte[] bytes;
        String ext;
        switch (format) {
            case "txt" -> {
                bytes = NoticeRenderer.text(spec, legacy ? GB18030 : StandardCharsets.UTF_8);
                ext = "txt";
            }
            case "html" -> {
                bytes = NoticeRenderer.html(spec, legacy ? GBK : StandardCharsets.UTF_8);
                ext = random.nextBoolean() ? "html" : "htm";
            }
            case "docx" -> {
                bytes = NoticeRenderer.docx(spec);
                ext = "docx";
            }
            case "xlsx" -> {
                bytes = NoticeRenderer.xlsx(spec);
                ext = "xlsx";
            }
            default -> throw new IllegalArgumentException("no generator for " + format);
        }
        Path file = Files.write(dir.resolve(stem + "." + ext), bytes);
        return new Entry(file, format, true, rows, bytes.length);
    }

    private Entry writeBroken(Path dir, String stem, int i) throws IOException {
        byte[] bytes;
        String ext;
        switch (i % 6) {
            case 0 -> {
                bytes = new byte[0];
                ext = random.nextBoolean() ? "txt" : "docx";
            }
            case 1 -> {
                bytes = new byte[2048 + random.nextInt(4096)];
                random.nextBytes(bytes);
                bytes[0] = 0; // random bytes with a NUL, as every binary file has
                ext = "txt";
            }
            case 2 -> {
                byte[] whole = NoticeRenderer.docx(notices.notice(5));
                bytes = Arrays.copyOf(whole, whole.length / 2); // a download cut short
                ext = "docx";
            }
            case 3 -> {
                bytes = new byte[3000];
                random.nextBytes(bytes);
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4; // a zip signature and nothing valid after it
                ext = "docx";
            }
            case 4 -> {
                bytes = ("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                ext = "doc";
            }
            default -> {
                bytes = new byte[1500];
                random.nextBytes(bytes);
                bytes[10] = 0;
                ext = "html";
            }
        }
        Path file = Files.write(dir.resolve(stem + "." + ext), bytes);
        return new Entry(file, "broken-" + ext, false, 0, bytes.length);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUT_DIR COUNT [txt,docx,html,doc] [BROKEN_SHARE] [MIN-MAX rows]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> asked = args.length > 2 ? List.of(args[2].split(",")) : List.of("txt", "docx", "html");
        if (asked.equals(List.of("doc"))) {
            writeDoc(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 4 ? args[4] : "5-60");
            return;
        }
        List<String> formats = asked;
        double broken = args.length > 3 ? Double.parseDouble(args[3]) : 0.1;
        String[] range = (args.length > 4 ? args[4] : "5-60").split("-");
        List<Entry> entries = new CorpusGenerator(42).generate(dir, count, new Mix(formats, broken,
                Integer.parseInt(range[0]), Integer.parseInt(range[1])));
        long bytes = entries.stream().mapToLong(Entry::bytes).sum();
        System.err.printf(Locale.ROOT, "wrote %d files (%d broken), %.1f MB, into %s%n", entries.size(),
                entries.stream().filter(e -> !e.good()).count(), bytes / 1e6, dir);
    }

    /** DOC notices: DOCX ones converted by LibreOffice, since POI cannot write Word 97 (see {@link DocCorpus}). */
    private static void writeDoc(Path dir, int count, String rows) throws IOException, InterruptedException {
        String[] range = rows.split("-");
        Path docx = Files.createTempDirectory("corpus-docx");
        new CorpusGenerator(42).generate(docx, count, new Mix(List.of("docx"), 0, Integer.parseInt(range[0]),
                Integer.parseInt(range[1])));
        var doc = DocCorpus.fromDocx(docx, dir);
        if (doc.isEmpty()) {
            System.err.println("DOC needs LibreOffice (soffice) on this machine: apt-get install libreoffice-writer-nogui");
            System.exit(1);
        }
        System.err.printf(Locale.ROOT, "wrote %d DOC files into %s%n", doc.get().size(), dir);
    }

}

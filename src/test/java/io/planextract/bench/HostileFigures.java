package io.planextract.bench;

import io.planextract.ExtractionException;
import io.planextract.PlanExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Time and peak heap of one conversion per generated hostile input (the table in docs/limits.md). Each input is
 * converted once to warm up and once measured; the peak is that of the heap pools during the measured run
 * (garbage included, so an upper bound of what the conversion needs).
 *
 * <pre>java -Xmx1g -cp target/classes:target/test-classes:DEPS io.planextract.bench.HostileFigures</pre>
 */
public final class HostileFigures {
    private HostileFigures() {
    }

    public static void main(String[] args) throws Exception {
        byte[] notice = Files.readAllBytes(Path.of(args.length > 0 ? args[0]
                : "src/test/resources/samples/zhoucun-2025-task-breakdown.txt"));
        System.out.println("| input | size | outcome | time | peak heap |");
        System.out.println("|---|---|---|---|---|");
        measure("HTML `<td rowspan=65534 colspan=1000>` × 8,000", () -> spanBomb(8_000));
        measure("HTML `<td rowspan=65534 colspan=1000>` × 100,000", () -> spanBomb(100_000));
        measure("20,000 HTML tables with one header", HostileFigures::repeatedHtmlTables);
        measure("Markdown, one header repeated over 60,000 rows", HostileFigures::repeatedMarkdown);
        measure("text notice + 1 MB of random bytes after 8 KB", () -> binaryTail(notice));
        measure("UTF-8 notice with a broken last byte", () -> brokenUtf8(notice));
        measure("notice with a 300-character unit name", HostileFigures::longName);
        byte[] docx = Files.readAllBytes(Path.of("src/test/resources/samples/wenshang-2025-task-breakdown.docx"));
        measure("DOCX + 12 parts of 95 MB deflated to 1.3 % (just above POI's zip-bomb ratio)",
                () -> nearRatioDocx(docx, 12, 95 << 20));
        measure("DOCX + 1 part of 60 MB deflated to 1.3 %", () -> nearRatioDocx(docx, 1, 60 << 20));
        measure("50 MB of prose lines", () -> prose(50 << 20));
        measure("15 MB of prose lines (just under the text limit)", () -> prose(15 << 20));
        measure("a pipe table of 90,000 tasks", () -> taskTable(90_000));
        measure("50 MB HTML page of paragraphs", () -> html(50 << 20));
        measure("30 MB HTML page of paragraphs (just under the page limit)", () -> html(30 << 20));
    }

    private static void measure(String name, Supplier<byte[]> input) {
        byte[] content = input.get();
        PlanExtractor extractor = new PlanExtractor();
        run(extractor, content); // warm up
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String outcome = run(extractor, content);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("| %s | %,d KB | %s | %,d ms | %,d MB |%n", name, content.length >> 10, outcome, ms,
                peak >> 20);
    }

    private static String run(PlanExtractor extractor, byte[] content) {
        try {
            var result = extractor.convert(content, "hostile");
            return result.tasks().size() + " tasks, " + result.warnings().size() + " warnings";
        } catch (ExtractionException e) {
            return "refused: " + e.getMessage().replace('|', '/');
        }
    }

    public static byte[] spanBomb(int cells) {
        StringBuilder sb = new StringBuilder("<html><body><table>");
        for (int i = 0; i < cells; i++) {
            sb.append("<tr><td rowspan=65534 colspan=1000>x</td></tr>");
        }
        return sb.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] repeatedHtmlTables() {
        StringBuilder sb = new StringBuilder("<html><body><p>关于印发工作要点的通知</p>");
        for (int i = 0; i < 20_000; i++) {
            sb.append("<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr><tr><td>").append(i + 1)
                    .append("</td><td>推进第").append(i).append("项工作</td><td>区财政局</td></tr></table>");
        }
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeatedMarkdown() {
        StringBuilder sb = new StringBuilder("关于印发工作要点的通知\n\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append("| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| ").append(2 * i + 1).append(" | 推进第")
                    .append(i).append("项工作 | 区财政局 |\n| ").append(2 * i + 2).append(" | 完成第").append(i)
                    .append("项任务 | 区民政局 |\n\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] binaryTail(byte[] notice) {
        byte[] tail = new byte[1 << 20];
        new Random(1).nextBytes(tail);
        byte[] out = Arrays.copyOf(notice, Math.max(notice.length, 8192) + tail.length);
        Arrays.fill(out, notice.length, Math.max(notice.length, 8192), (byte) ' ');
        System.arraycopy(tail, 0, out, Math.max(notice.length, 8192), tail.length);
        return out;
    }

    public static byte[] brokenUtf8(byte[] notice) {
        byte[] out = Arrays.copyOf(notice, notice.length + 1);
        out[notice.length] = (byte) 0xE5;
        return out;
    }

    /**
     * A DOCX (the given one) with {@code entries} extra parts of {@code entrySize} bytes each that deflate to 1.3 % of
     * their size: just above the 1 % POI refuses as a zip bomb, so POI alone inflated them all into memory (12 of
     * 95 MB: a 15 MB file holding 1.1 GB). The deflated part is made once and stored {@code entries} times.
     */
    public static byte[] nearRatioDocx(byte[] docx, int entries, int entrySize) {
        try {
            byte[] sparse = new byte[64 << 10];
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
            java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
            byte[] out = new byte[64 << 10];
            Random random = new Random(3);
            for (long done = 0; done < entrySize; done += sparse.length) {
                int n = (int) Math.min(sparse.length, entrySize - done);
                Arrays.fill(sparse, (byte) 0);
                for (int i = (int) ((300 - done % 300) % 300); i < n; i += 300) {
                    sparse[i] = (byte) random.nextInt(256);
                }
                crc.update(sparse, 0, n);
                deflater.setInput(sparse, 0, n);
                while (!deflater.needsInput()) {
                    deflated.write(out, 0, deflater.deflate(out));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                deflated.write(out, 0, deflater.deflate(out));
            }
            deflater.end();
            byte[] raw = deflated.toByteArray();
            java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
            try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream z =
                         new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(zip);
                 java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                         new java.io.ByteArrayInputStream(docx))) {
                for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    if (e.getName().equals("[Content_Types].xml")) {
                        data = new String(data, StandardCharsets.UTF_8).replaceFirst("<Default ",
                                "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/><Default ")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    z.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(e.getName()));
                    z.write(data);
                    z.closeArchiveEntry();
                }
                for (int k = 0; k < entries; k++) {
                    var entry = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("word/media/pad" + k
                            + ".bin");
                    entry.setMethod(java.util.zip.ZipEntry.DEFLATED);
                    entry.setCrc(crc.getValue());
                    entry.setSize(entrySize);
                    entry.setCompressedSize(raw.length);
                    z.addRawArchiveEntry(entry, new java.io.ByteArrayInputStream(raw));
                }
            }
            return zip.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** About {@code bytes} of prose lines, no table: what a log or a book pasted in looks like. */
    public static byte[] prose(int bytes) {
        String line = "各单位要高度重视政务公开工作，切实加强组织领导，确保各项任务落到实处。";
        StringBuilder sb = new StringBuilder(bytes / 2);
        long lines = bytes / (line.getBytes(StandardCharsets.UTF_8).length + 10);
        for (int i = 0; i < lines; i++) {
            sb.append(i).append(". ").append(line).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** About {@code bytes} of an HTML page of paragraphs. */
    public static byte[] html(int bytes) {
        String line = "<p>各单位要高度重视政务公开工作，切实加强组织领导，确保各项任务落到实处。</p>\n";
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><p>关于印发工作要点的通知</p>");
        for (long n = bytes / line.getBytes(StandardCharsets.UTF_8).length; n > 0; n--) {
            sb.append(line);
        }
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A pipe table of {@code rows} tasks under one notice title. */
    public static byte[] taskTable(int rows) {
        StringBuilder sb = new StringBuilder("关于印发工作要点的通知\n\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n");
        for (int i = 1; i <= rows; i++) {
            sb.append("| ").append(i).append(" | 推进第").append(i).append("项重点工作，完善制度机制 | 区财政局 | 6月底前 |\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] longName() {
        String unit = "区" + "乡村振兴和城乡融合发展工作领导小组".repeat(18) + "办公室";
        String text = "关于印发工作要点的通知\n\n| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进工作 | " + unit
                + " |\n";
        return text.getBytes(Charset.forName("UTF-8"));
    }
}

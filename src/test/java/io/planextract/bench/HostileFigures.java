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

    public static byte[] longName() {
        String unit = "区" + "乡村振兴和城乡融合发展工作领导小组".repeat(18) + "办公室";
        String text = "关于印发工作要点的通知\n\n| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进工作 | " + unit
                + " |\n";
        return text.getBytes(Charset.forName("UTF-8"));
    }
}

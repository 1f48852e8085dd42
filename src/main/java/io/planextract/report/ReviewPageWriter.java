package io.planextract.report;

import static io.planextract.report.Html.escape;

import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import io.planextract.write.AtomicOutput;
import io.planextract.write.ResultSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the review page: one self-contained HTML file (inline CSS and script, no network, nothing else to
 * copy) on which a person checks what plan-extract read from each notice.
 *
 * <p>Entry points for the CLI ({@code --report FILE.html}):
 * <pre>{@code
 * try (ReviewPageWriter page = ReviewPageWriter.open(Path.of("report.html"))) {
 *     for (NoticeResult r : results) page.accept(r);   // one notice at a time, memory stays flat
 * }                                                     // close() publishes report.html
 * ReviewPageWriter.write(results, Path.of("report.html"));
 * ResultSink page = ReviewPageWriter.to(atomicOutput.stream(), "任务分解表审阅");  // caller commits the file
 * }</pre>
 *
 * <p>Each notice is a collapsible section ({@code <details>}) with its fields, its counts of tasks, tables and
 * warnings, and each task table drawn as a table: section headings as full-width rows; columns 序号, 一级任务,
 * 任务, 要求, 牵头单位, 责任单位, 完成时限; inherited cells marked (CSS class {@code inherited}, hatched) with a
 * hover title naming the row the value came from; warnings in a row under the task they point at.
 *
 * <p>The filter box at the top hides rows not matching a unit ({@code 单位}) and a text ({@code 文本}); notices
 * without a match are hidden and those with one opened. The page applies a filter given in its address, so a
 * link can point at one unit's tasks: {@code report.html#filter=区财政局}, {@code #unit=…&q=…&warn=1}, or the
 * same as a query ({@code ?unit=…&q=…}). Filtering is one pass over precomputed row data, deferred while the
 * user types, so it stays quick with hundreds of notices. Pages with up to {@value #OPEN_UP_TO} notices open
 * them all on load.
 *
 * <p>Everything from the notices is escaped. The file is written through {@link AtomicOutput}: it appears,
 * complete, on {@link #close()}; after a failed {@link #accept} or an {@link #abort()} nothing is published.
 */
public final class ReviewPageWriter implements ResultSink {

    /** Notices a page opens on load; larger pages start collapsed so that they render quickly. */
    public static final int OPEN_UP_TO = 8;

    private static final String RESOURCES = "/io/planextract/report/";

    /** The target when this writer owns it ({@link #open}); null when writing to a caller's stream. */
    private final AtomicOutput output;
    private final Writer writer;
    private final Map<String, Integer> units = new HashMap<>();
    private int notices;
    private int tasks;
    private int warnings;
    private boolean failed;
    private boolean closed;

    private ReviewPageWriter(AtomicOutput output, OutputStream out, String title) throws IOException {
        this.output = output;
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"plan-extract\">\n<title>" + escape(title) + "</title>\n<style>\n");
        writer.write(resource("review.css"));
        writer.write("</style>\n</head>\n<body>\n<header class=\"bar\">\n<h1>" + escape(title) + "</h1>\n"
                + "<label>单位 <input id=\"f-unit\" type=\"search\" list=\"units\" placeholder=\"如 区财政局\""
                + " autocomplete=\"off\"></label>\n"
                + "<label>文本 <input id=\"f-text\" type=\"search\" placeholder=\"任务、要求中的词\" autocomplete=\"off\">"
                + "</label>\n<label class=\"chk\"><input id=\"f-warn\" type=\"checkbox\"> 只看有警告的行</label>\n"
                + "<span id=\"shown\" aria-live=\"polite\"></span>\n"
                + "<button type=\"button\" id=\"open-all\">全部展开</button>"
                + "<button type=\"button\" id=\"close-all\">全部收起</button>\n"
                + "<div class=\"legend\"><span class=\"inherited sample\">继承的值</span>"
                + " 为空白或合并单元格，取自上方的行（悬停可见来源行） · <span class=\"u\">单位</span>"
                + " <span class=\"u coll\">集合名称</span></div>\n</header>\n<main id=\"notices\">\n");
    }

    /** Starts a page that will become {@code target} on {@link #close()}. */
    public static ReviewPageWriter open(Path target) throws IOException {
        return open(target, "任务分解表审阅");
    }

    /** Starts a page with its own title. */
    public static ReviewPageWriter open(Path target, String title) throws IOException {
        AtomicOutput output = new AtomicOutput(target);
        try {
            return new ReviewPageWriter(output, output.stream(), title);
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
    }

    /**
     * Starts a page written into {@code out}, for a caller that owns the file and commits it. {@code out} is
     * flushed on {@link #close()}, not closed; after a failure the page is left unfinished (the caller discards it).
     */
    public static ReviewPageWriter to(OutputStream out, String title) throws IOException {
        return new ReviewPageWriter(null, out, title);
    }

    /** Writes the page for all {@code results} in one go. */
    public static void write(List<NoticeResult> results, Path target) throws IOException {
        try (ReviewPageWriter page = open(target)) {
            for (NoticeResult r : results) {
                page.accept(r);
            }
        }
    }

    /** Adds one notice to the page. */
    @Override
    public void accept(NoticeResult result) throws IOException {
        if (closed) {
            throw new IllegalStateException("review page already closed");
        }
        try {
            notices++;
            writer.write(NoticeHtml.render(result, notices));
            tasks += result.tasks().size();
            warnings += result.warnings().size();
            for (Task t : result.tasks()) {
                t.lead().forEach(u -> units.merge(u, 1, Integer::sum));
                t.responsible().forEach(u -> units.merge(u, 1, Integer::sum));
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** Makes {@link #close()} discard the page. */
    public void abort() {
        failed = true;
    }

    /** Finishes the page (unit list, totals, script) and publishes it; discards it after a failure. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (failed) {
                return;
            }
            if (notices == 0) {
                writer.write("<p class=\"empty\">没有通知。</p>\n");
            }
            writer.write("</main>\n<footer id=\"totals\" data-notices=\"" + notices + "\" data-open-up-to=\"" + OPEN_UP_TO
                    + "\">" + notices + " 份通知 · "
                    + tasks + " 项任务 · " + warnings + " 条警告</footer>\n<datalist id=\"units\">");
            // Most named units first: they are the ones people look for.
            units.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> {
                        try {
                            writer.write("<option value=\"" + escape(e.getKey()) + "\">");
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    });
            writer.write("</datalist>\n<script>\n");
            writer.write(resource("review.js"));
            writer.write("</script>\n</body>\n</html>\n");
            writer.flush();
            if (output != null) {
                output.commit();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (output != null) {
                output.close();
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(ReviewPageWriter.class.getResourceAsStream(RESOURCES + name),
                name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package io.planextract.write;

import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes task records to an Excel workbook ({@code .xlsx}) as a streaming sink: a 台账 for people, one row per
 * task with the columns of {@link XlsxColumn} (the CSV's columns plus plan year, title, inherited fields and
 * warnings), headed in Chinese unless {@link Labels#EN} is asked for, and a last sheet listing every warning.
 *
 * <p>Entry points for the CLI:
 * <pre>{@code
 * try (XlsxWriter xlsx = XlsxWriter.open(Path.of("out.xlsx"), XlsxWriter.Options.defaults())) {
 *     for (NoticeResult r : results) xlsx.accept(r);   // one notice at a time
 * }                                                     // close() publishes out.xlsx
 * XlsxWriter.write(results, Path.of("out.xlsx"), new XlsxWriter.Options(true)); // one sheet per notice
 * ResultSink sink = XlsxWriter.to(atomicOutput.stream(), options);  // into a stream the caller commits
 * }</pre>
 *
 * <p>For the desk: numbers are numeric cells and dates are date cells, so that Excel sorts them and its date
 * filters and "overdue" rules work; an absent value is no cell at all; the header is frozen and filterable; on
 * paper a sheet is A4 landscape, one page wide, with the header on every page. A value inherited from a row
 * above (a blank or merged cell in the source) is greyed and carries a note naming the row it came from, as the
 * review page does.
 *
 * <p>Rows are streamed through SXSSF with a window of {@value #ROW_WINDOW} rows, so memory stays flat for
 * thousands of tasks. The workbook is written through {@link AtomicOutput} (a temporary file in the target's
 * folder, renamed over the target on {@link #close()}), so a reader never sees a half-written file. If
 * {@link #accept} failed, or {@link #abort()} was called, {@code close()} discards the temporary file and leaves
 * the target untouched. Not thread-safe: one writer belongs to one output file.
 */
public final class XlsxWriter implements ResultSink {

    /** The machine names of the task sheet's columns, in order (the headings with {@link Labels#EN}). */
    public static final List<String> HEADER = Arrays.stream(XlsxColumn.values()).map(c -> c.key).toList();

    /** Separator for list values, as in the CSV. */
    public static final String LIST_SEPARATOR = CsvColumns.LIST_SEPARATOR;

    /** Rows kept in memory per sheet before SXSSF flushes them to disk. */
    public static final int ROW_WINDOW = 100;

    /** Excel's hard limit for the text of one cell; longer text is cut (POI would throw). */
    static final int MAX_CELL_CHARS = XlsxSheets.MAX_CELL_CHARS;

    /** Excel's limit for a sheet name. */
    static final int MAX_SHEET_NAME = 31;

    private static final int[] WIDTHS = Arrays.stream(XlsxColumn.values()).mapToInt(c -> c.width).toArray();

    /**
     * How the workbook is laid out.
     *
     * @param sheetPerNotice one sheet per notice instead of one for the run
     * @param labels         the words of headings, deadline kinds and sheet names
     */
    public record Options(boolean sheetPerNotice, Labels labels) {
        public Options {
            labels = labels == null ? Labels.ZH : labels;
        }

        /** In Chinese, the default for a workbook meant for people. */
        public Options(boolean sheetPerNotice) {
            this(sheetPerNotice, Labels.ZH);
        }

        /** One sheet for the whole run, in Chinese. */
        public static Options defaults() {
            return new Options(false);
        }
    }

    /** The target when this writer owns it ({@link #open}); null when writing to a caller's stream. */
    private final AtomicOutput output;
    private final OutputStream out;
    private final Options options;
    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final XlsxWarnings warnings = new XlsxWarnings();
    private final Set<String> sheetNames = new HashSet<>();
    private SXSSFSheet sheet;
    private Drawing<?> drawing;
    private int nextRow;
    private boolean failed;
    private boolean closed;

    private XlsxWriter(AtomicOutput output, OutputStream out, Options options) {
        this.output = output;
        this.out = out;
        this.options = options;
        // SXSSF's default inline strings (no shared-strings table) keep memory flat for long runs.
        this.workbook = new SXSSFWorkbook(ROW_WINDOW);
        WorkbookStamp.apply(workbook);
        this.styles = new XlsxStyles(workbook);
        // The warnings sheet comes last; its name is kept from the notices' sheets from the start.
        sheetNames.add(options.labels().warningSheet().toLowerCase(Locale.ROOT));
    }

    /** Starts a workbook that will become {@code target} on {@link #close()}. */
    public static XlsxWriter open(Path target, Options options) throws IOException {
        AtomicOutput output = new AtomicOutput(target);
        return start(new XlsxWriter(output, output.stream(), options));
    }

    /**
     * Starts a workbook that {@link #close()} writes to {@code out}, for a caller that owns the file (the CLI
     * writes through its own {@link AtomicOutput} and commits it). {@code out} is flushed, not closed; after a
     * failed {@link #accept} or an {@link #abort()} nothing is written to it.
     */
    public static XlsxWriter to(OutputStream out, Options options) {
        return start(new XlsxWriter(null, out, options));
    }

    private static XlsxWriter start(XlsxWriter writer) {
        if (!writer.options.sheetPerNotice()) {
            writer.startSheet(writer.options.labels().taskSheet());
        }
        return writer;
    }

    /** Writes all {@code results} to {@code target} in one go. */
    public static void write(List<NoticeResult> results, Path target, Options options) throws IOException {
        try (XlsxWriter writer = open(target, options)) {
            for (NoticeResult result : results) {
                writer.accept(result);
            }
        }
    }

    /** Appends the tasks of one notice (on its own sheet when {@link Options#sheetPerNotice()}). */
    @Override
    public void accept(NoticeResult result) throws IOException {
        if (closed) {
            throw new IllegalStateException("XlsxWriter already closed");
        }
        try {
            if (options.sheetPerNotice()) {
                startSheet(sheetNameFor(result));
            }
            InheritedFrom inheritedFrom = new InheritedFrom(result.tasks());
            Map<String, String> rowWarnings = XlsxWarnings.byTaskRow(result);
            // Where each task landed, so that a note can name the sheet row an inherited value came from.
            Map<Task, Integer> sheetRows = new IdentityHashMap<>();
            for (Task task : result.tasks()) {
                sheetRows.put(task, nextRow + 1);
                writeRow(result, task, rowWarnings.get(Origin.rowKey(task.origin())), inheritedFrom, sheetRows);
            }
            warnings.add(result);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /**
     * The cells of one task in {@link #HEADER} order: {@link Integer} for numbers, {@link String} for text,
     * {@link java.time.LocalDate} for dates, null for an empty cell.
     */
    public static List<Object> row(NoticeResult result, Task task, Labels labels) {
        String rowWarnings = XlsxWarnings.byTaskRow(result).get(Origin.rowKey(task.origin()));
        List<Object> cells = new ArrayList<>(HEADER.size());
        for (XlsxColumn column : XlsxColumn.values()) {
            cells.add(column.value(result, task, labels, rowWarnings));
        }
        return cells;
    }

    /** Makes the next {@link #close()} discard everything written so far. */
    public void abort() {
        failed = true;
    }

    /** Publishes the workbook at the target (or, after a failure or {@link #abort()}, discards it). */
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
            if (sheet == null) {
                // A run without notices still gets its (empty) task sheet, ahead of the warnings.
                startSheet(options.labels().taskSheet());
            }
            warnings.writeTo(workbook.createSheet(options.labels().warningSheet()), options.labels(), styles);
            // POI may close the stream it writes to; the shield keeps a caller's stream open for its own commit.
            workbook.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    this.out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            if (output != null) {
                output.commit();
            }
        } finally {
            try {
                workbook.close();
                workbook.dispose();
            } finally {
                if (output != null) {
                    output.close();
                }
            }
        }
    }

    private void startSheet(String name) {
        sheet = workbook.createSheet(name);
        sheetNames.add(name.toLowerCase(Locale.ROOT));
        XlsxSheets.setUp(sheet, HEADER.stream().map(options.labels()::column).toList(), WIDTHS, styles);
        drawing = null;
        nextRow = 1;
    }

    private void writeRow(NoticeResult result, Task task, String rowWarnings, InheritedFrom inheritedFrom,
            Map<Task, Integer> sheetRows) {
        SXSSFRow row = sheet.createRow(nextRow++);
        XlsxColumn[] columns = XlsxColumn.values();
        for (int c = 0; c < columns.length; c++) {
            XlsxColumn column = columns[c];
            boolean inherited = column.inheritedField != null && task.inherited().contains(column.inheritedField);
            Object value = column.value(result, task, options.labels(), rowWarnings);
            SXSSFCell cell = XlsxSheets.put(row, c, value, styles.of(column.type, inherited));
            // The note goes on the field's main column only (not on its number, kind or date beside it).
            if (cell != null && inherited && column.key.equals(column.inheritedField)) {
                Task from = inheritedFrom.sourceOf(task, column.inheritedField);
                note(cell, options.labels().inheritedNote(column.inheritedField,
                        from == null || from.origin() == null ? null : from.origin().row(),
                        from == null ? null : from.seq(), from == null ? null : sheetRows.get(from)));
            }
        }
    }

    /** A cell note (Excel's red corner triangle, shown on hover) holding {@code text}. */
    private void note(SXSSFCell cell, String text) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        CreationHelper helper = workbook.getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("plan-extract");
        // SXSSF keeps the note where the anchor put it (the box's corner); pin it to the cell it is about.
        comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
        cell.setCellComment(comment);
    }

    /**
     * A sheet name for one notice, the way a clerk names it: its document number, else its title, else its file
     * name; unique and valid for Excel.
     */
    String sheetNameFor(NoticeResult result) {
        String base = result.notice() == null ? null
                : result.notice().docNumber() != null ? result.notice().docNumber() : result.notice().title();
        if ((base == null || base.isBlank()) && result.source() != null && result.source().path() != null) {
            base = Path.of(result.source().path().replace('\\', '/')).getFileName().toString();
            int dot = base.lastIndexOf('.');
            if (dot > 0) {
                base = base.substring(0, dot);
            }
        }
        return uniqueSheetName(safeSheetName(base), sheetNames);
    }

    /**
     * Removes what Excel refuses in a sheet name ({@code []:*?/\}, edge apostrophes), what a formula cannot refer to
     * (a name starting with a dot or a dash), and cuts it to 31 chars.
     */
    static String safeSheetName(String raw) {
        String name = raw == null ? "" : raw.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
        name = name.replaceAll("^'+|'+$", "");
        // A name must start with a letter or a digit: POI cannot refer to ".draft" in the sheet's filter range.
        name = name.replaceFirst("^[^\\p{L}\\p{N}]+", "");
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            name = "notice";
        }
        return cut(name, MAX_SHEET_NAME);
    }

    /** {@code name}, or {@code name (2)}, {@code name (3)}… cut to fit, whichever is not taken (case-blind). */
    static String uniqueSheetName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = cut(name, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        return candidate;
    }

    /** Cuts to at most {@code max} code points without splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max));
    }
}

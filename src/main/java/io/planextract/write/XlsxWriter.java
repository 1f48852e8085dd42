package io.planextract.write;

import io.planextract.model.Deadline;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes task records to an Excel workbook ({@code .xlsx}) as a streaming sink, one row per task with the CSV's
 * columns ({@link #HEADER}, docs/OUTPUT.md) and lists joined with {@code ；}.
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
 * <p>Rows are streamed through SXSSF with a window of {@value #ROW_WINDOW} rows, so memory stays flat for
 * thousands of tasks. The workbook is written through {@link AtomicOutput} (a temporary file in the target's
 * folder, renamed over the target on {@link #close()}), so a reader never sees a half-written file. If
 * {@link #accept} failed, or {@link #abort()} was called, {@code close()} discards the temporary file and leaves the target untouched.
 *
 * <p>Numbers ({@code id}, {@code seq}, {@code section_no}, {@code task_no}) are numeric cells so that Excel
 * sorts them as numbers; everything else, dates included, is text so that Excel does not reinterpret it.
 * Not thread-safe: one writer belongs to one output file.
 */
public final class XlsxWriter implements ResultSink {

    /** The CSV columns, in order (docs/OUTPUT.md). */
    public static final List<String> HEADER = CsvColumns.HEADER;

    /** Separator for list values, as in the CSV. */
    public static final String LIST_SEPARATOR = CsvColumns.LIST_SEPARATOR;

    /** Rows kept in memory per sheet before SXSSF flushes them to disk. */
    public static final int ROW_WINDOW = 100;

    /** Excel's hard limit for the text of one cell; longer text is cut (POI would throw). */
    static final int MAX_CELL_CHARS = 32_767;

    /** Excel's limit for a sheet name. */
    static final int MAX_SHEET_NAME = 31;

    /**
     * Column widths in characters. Chinese characters are about two Excel characters wide, so the wide text
     * columns are generous; long text wraps inside them instead of stretching the sheet.
     */
    private static final int[] WIDTHS = {28, 6, 6, 8, 30, 8, 30, 70, 24, 36, 16, 10, 12, 24, 22, 12};

    /** Columns whose text is long enough to wrap. */
    private static final Set<String> WRAPPED = Set.of("section", "task", "requirement", "lead", "responsible",
            "deadline", "issuer");

    /** How the workbook is laid out. */
    public record Options(boolean sheetPerNotice) {
        /** One sheet ({@code tasks}) for the whole run. */
        public static Options defaults() {
            return new Options(false);
        }
    }

    /** The target when this writer owns it ({@link #open}); null when writing to a caller's stream. */
    private final AtomicOutput output;
    private final OutputStream out;
    private final Options options;
    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle wrapStyle;
    private final Set<String> sheetNames = new HashSet<>();
    private SXSSFSheet sheet;
    private int nextRow;
    private boolean failed;
    private boolean closed;

    private XlsxWriter(AtomicOutput output, OutputStream out, Options options) {
        this.output = output;
        this.out = out;
        this.options = options;
        // SXSSF's default inline strings (no shared-strings table) keep memory flat for long runs.
        this.workbook = new SXSSFWorkbook(ROW_WINDOW);
        this.headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        this.textStyle = workbook.createCellStyle();
        textStyle.setVerticalAlignment(VerticalAlignment.TOP);
        this.wrapStyle = workbook.createCellStyle();
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        wrapStyle.setWrapText(true);
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
            writer.startSheet("tasks");
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
            for (Task task : result.tasks()) {
                writeRow(row(result, task));
            }
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /**
     * The cells of one task in {@link #HEADER} order: {@link Integer} for numbers, {@link String} for text,
     * null for absent values. Defined here so that the XLSX matches the CSV column by column.
     */
    public static List<Object> row(NoticeResult result, Task task) {
        Notice notice = result.notice();
        Deadline deadline = task.deadline();
        List<Object> cells = new ArrayList<>(HEADER.size());
        cells.add(result.source() == null ? null : result.source().path());
        cells.add(task.id());
        cells.add(task.seq());
        cells.add(task.sectionNo());
        cells.add(task.section());
        cells.add(task.taskNo());
        cells.add(task.task());
        cells.add(task.requirement());
        cells.add(String.join(LIST_SEPARATOR, task.lead()));
        cells.add(String.join(LIST_SEPARATOR, task.responsible()));
        cells.add(deadline == null ? null : deadline.text());
        cells.add(deadline == null ? null : deadline.kind());
        cells.add(deadline == null ? null : deadline.date());
        cells.add(notice == null ? null : notice.issuer());
        cells.add(notice == null ? null : notice.docNumber());
        cells.add(notice == null ? null : notice.date());
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
                // A workbook without sheets is not a valid file for Excel.
                startSheet("tasks");
            }
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
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        SXSSFRow header = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
            SXSSFCell cell = header.createCell(c);
            cell.setCellValue(HEADER.get(c));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
        nextRow = 1;
    }

    private void writeRow(List<Object> values) {
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(textStyle);
            } else {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text);
                cell.setCellStyle(WRAPPED.contains(HEADER.get(c)) ? wrapStyle : textStyle);
            }
        }
    }

    /** A sheet name for one notice: its file name, else its document number; unique and valid for Excel. */
    String sheetNameFor(NoticeResult result) {
        String base = null;
        if (result.source() != null && result.source().path() != null) {
            base = Path.of(result.source().path().replace('\\', '/')).getFileName().toString();
            int dot = base.lastIndexOf('.');
            if (dot > 0) {
                base = base.substring(0, dot);
            }
        }
        if ((base == null || base.isBlank()) && result.notice() != null) {
            base = result.notice().docNumber();
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

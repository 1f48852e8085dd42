package io.planextract.ledger;

import io.planextract.model.Deadline;
import io.planextract.model.Task;
import io.planextract.write.AtomicOutput;
import io.planextract.write.CsvCells;
import io.planextract.write.TemporaryFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one ledger file per unit of a {@link UnitIndex}, plus an index of the units.
 *
 * <p>Entry point for the CLI ({@code --by-unit -o DIR/}):
 * <pre>{@code
 * Map<UnitEntry, Path> files = UnitLedgerWriter.write(index, Path.of("out"), LedgerFormat.CSV);
 * UnitLedgerWriter.write(index, dir, LedgerFormat.CSV, false);   // CSV without the byte-order mark
 * }</pre>
 *
 * <p>{@code DIR/index.csv} (or {@code .xlsx}) lists the units: {@link #INDEX_HEADER}. Each unit's file, named
 * after the unit ({@link #fileNameFor}), lists the tasks it leads or shares: {@link #LEDGER_HEADER}. Lists are
 * joined with {@code ；}. CSV files start with a byte-order mark by default so that Excel reads the Chinese.
 * Each file is written through {@link AtomicOutput} (a temporary file, renamed when complete), so no
 * half-written ledger is left behind.
 */
public final class UnitLedgerWriter {

    public static final String INDEX_NAME = "index";

    public static final List<String> INDEX_HEADER = List.of("unit", "kind", "variants", "tasks_as_lead",
            "tasks_as_responsible", "tasks", "file");

    public static final List<String> LEDGER_HEADER = List.of("source", "doc_number", "id", "seq", "section",
            "task", "requirement", "role", "written_as", "via", "deadline", "deadline_date", "other_units");

    private static final String SEPARATOR = "；";

    /** Characters no common file system accepts in a name, and control characters. */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    /** Names Windows reserves whatever the extension. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    /** Code points kept of a unit name: 80 Chinese characters are 240 UTF-8 bytes, under the usual 255. */
    static final int MAX_FILE_NAME = 80;

    /**
     * Bytes kept of a unit name, so that the name with a counter ({@code -99}), the extension ({@code .xlsx}) and
     * the temporary suffix of {@link AtomicOutput} still fits in 255 bytes.
     */
    static final int MAX_FILE_NAME_BYTES = TemporaryFiles.MAX_NAME_BYTES - TemporaryFiles.SUFFIX_BYTES - 5 - 8;

    private UnitLedgerWriter() {
    }

    /** Writes the ledgers (CSV with a byte-order mark) and returns each unit's file. */
    public static Map<UnitEntry, Path> write(UnitIndex index, Path dir, LedgerFormat format) throws IOException {
        return write(index, dir, format, true);
    }

    /**
     * Writes the ledgers into {@code dir} (created if missing) and returns each unit's file.
     *
     * @param bom whether CSV files start with a byte-order mark (ignored for XLSX)
     */
    public static Map<UnitEntry, Path> write(UnitIndex index, Path dir, LedgerFormat format, boolean bom)
            throws IOException {
        return write(index, dir, format, bom, true);
    }

    /**
     * As {@link #write(UnitIndex, Path, LedgerFormat, boolean)}, choosing whether CSV cells that would start a
     * formula get a leading {@code '} ({@link CsvCells}).
     */
    public static Map<UnitEntry, Path> write(UnitIndex index, Path dir, LedgerFormat format, boolean bom,
            boolean escapeFormulas) throws IOException {
        Files.createDirectories(dir);
        Map<UnitEntry, Path> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(INDEX_NAME);
        List<List<Object>> indexRows = new ArrayList<>();
        for (UnitEntry unit : index.units()) {
            String base = uniqueName(fileNameFor(unit.name()), taken);
            Path file = dir.resolve(base + "." + format.extension());
            List<List<Object>> rows = new ArrayList<>();
            for (UnitTask t : unit.tasks()) {
                rows.add(ledgerRow(t));
            }
            writeTable(file, LEDGER_HEADER, rows, format, bom, escapeFormulas);
            files.put(unit, file);
            indexRows.add(List.of(unit.name(), unit.collective() ? "collective" : "unit",
                    String.join(SEPARATOR, unit.variants()), unit.leadCount(), unit.responsibleCount(),
                    unit.tasks().size(), file.getFileName().toString()));
        }
        writeTable(dir.resolve(INDEX_NAME + "." + format.extension()), INDEX_HEADER, indexRows, format, bom,
                escapeFormulas);
        return files;
    }

    /** The cells of one ledger row, in {@link #LEDGER_HEADER} order (null for absent values). */
    public static List<Object> ledgerRow(UnitTask t) {
        Task task = t.task();
        Deadline deadline = task.deadline();
        List<Object> row = new ArrayList<>();
        row.add(t.source());
        row.add(t.docNumber());
        row.add(task.id());
        row.add(task.seq());
        row.add(task.section());
        row.add(task.task());
        row.add(task.requirement());
        row.add(t.role().label());
        row.add(t.writtenAs());
        row.add(t.via());
        row.add(deadline == null ? null : deadline.text());
        row.add(deadline == null ? null : deadline.date());
        row.add(String.join(SEPARATOR, t.otherUnits()));
        return row;
    }

    /**
     * A file name (without extension) for a unit: its name with {@code \/:*?"<>|} and control characters
     * replaced by {@code _}, no leading dot or trailing dot/space, no Windows device name, at most
     * {@value #MAX_FILE_NAME} code points and {@link #MAX_FILE_NAME_BYTES} bytes in UTF-8.
     */
    public static String fileNameFor(String unit) {
        String name = UNSAFE.matcher(unit == null ? "" : unit).replaceAll("_").strip();
        name = name.replaceAll("^\\.+", "_").replaceAll("[. ]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME));
        }
        name = TemporaryFiles.cutToBytes(name, MAX_FILE_NAME_BYTES).replaceAll("[. ]+$", "");
        if (name.isEmpty() || RESERVED.matcher(name).matches()) {
            name = "_" + name;
        }
        return name;
    }

    /** {@code base}, else {@code base-2}, {@code base-3}…: unique ignoring case, as on Windows and macOS. */
    private static String uniqueName(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static void writeTable(Path file, List<String> header, List<List<Object>> rows, LedgerFormat format,
            boolean bom, boolean escapeFormulas) throws IOException {
        try (AtomicOutput output = new AtomicOutput(file)) {
            if (format == LedgerFormat.CSV) {
                writeCsv(output.stream(), header, rows, bom, escapeFormulas);
            } else {
                writeXlsx(output.stream(), header, rows);
            }
            output.commit();
        }
    }

    private static void writeCsv(OutputStream stream, List<String> header, List<List<Object>> rows, boolean bom,
            boolean escapeFormulas) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        if (bom) {
            out.write('\uFEFF');
        }
        // Closing the printer only flushes: AtomicOutput's stream ends on commit.
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v == null ? ""
                        : escapeFormulas && v instanceof String s ? CsvCells.neutralise(s) : v).toList());
            }
        }
    }

    private static void writeXlsx(OutputStream out, List<String> header, List<List<Object>> rows)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = wb.createSheet("ledger");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            SXSSFRow head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
                head.getCell(c).setCellStyle(bold);
                boolean wide = Set.of("section", "task", "other_units", "variants").contains(header.get(c));
                int width = header.get(c).equals("requirement") ? 60 : wide ? 30 : 14;
                sheet.setColumnWidth(c, width * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : rows) {
                SXSSFRow row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        String s = v.toString();
                        row.createCell(c).setCellValue(s.length() > 32_767 ? s.substring(0, 32_767) : s);
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}

package io.planextract.ledger;

import io.planextract.model.Deadline;
import io.planextract.model.Notice;
import io.planextract.model.Task;
import io.planextract.write.AtomicOutput;
import io.planextract.write.CsvCells;
import io.planextract.write.Labels;
import io.planextract.write.TemporaryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one ledger file per unit of a {@link UnitIndex}, plus an index of the units.
 *
 * <p>Entry point for the CLI ({@code --by-unit -o DIR/}):
 * <pre>{@code
 * Map<UnitEntry, Path> files = UnitLedgerWriter.write(index, Path.of("out"), LedgerFormat.CSV);
 * UnitLedgerWriter.write(index, dir, LedgerOptions.of(LedgerFormat.XLSX));            // workbooks, Chinese headings
 * UnitLedgerWriter.writePerNotice(builder.buildPerNotice(), dir, options);          // a folder per notice
 * }</pre>
 *
 * <p>{@code DIR/index.xlsx} (and {@code index.csv} with CSV ledgers) lists the units: {@link #INDEX_HEADER}, each
 * unit's file a hyperlink; its second sheet lists the notices and the inputs taken as their copies. Each unit's
 * file, named after the unit ({@link #fileNameFor}), lists the tasks it leads or shares: {@link #LEDGER_HEADER},
 * ending in empty {@link #FOLLOW_UP} columns for the clerk. Lists are joined with {@code ；}. CSV files start
 * with a byte-order mark by default so that Excel reads the Chinese. Workbooks have a frozen, filtered header.
 * Each file is written through {@link AtomicOutput}, so no half-written ledger is left behind.
 */
public final class UnitLedgerWriter {

    public static final String INDEX_NAME = "index";

    public static final List<String> INDEX_HEADER = List.of("unit", "kind", "variants", "tasks_as_lead",
            "tasks_as_responsible", "tasks", "file");

    /** The columns a clerk fills in while following the tasks up: left empty, in every language. */
    public static final List<String> FOLLOW_UP = List.of("进展情况", "完成情况", "备注");

    public static final List<String> LEDGER_HEADER = List.of("source", "doc_number", "id", "seq", "section",
            "task", "requirement", "role", "written_as", "via", "deadline", "deadline_date", "other_units",
            FOLLOW_UP.get(0), FOLLOW_UP.get(1), FOLLOW_UP.get(2));

    /** The index's second sheet: each notice once, with the inputs taken as its copies. */
    public static final List<String> NOTICES_HEADER = List.of("notice", "source", "doc_number", "title", "tasks",
            "copies");

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
        return write(index, dir, new LedgerOptions(format, bom, escapeFormulas, null, false));
    }

    /** Writes the ledgers of a run and their index into {@code dir}; returns each unit's file. */
    public static Map<UnitEntry, Path> write(UnitIndex index, Path dir, LedgerOptions options) throws IOException {
        Files.createDirectories(dir);
        Map<UnitEntry, Path> files = writeUnits(index, dir, options);
        List<List<Object>> rows = new ArrayList<>();
        files.forEach((unit, file) -> rows.add(indexRow(unit, dir.relativize(file), options.labels())));
        writeIndex(dir, List.of(), rows, index.notices(), options);
        return files;
    }

    /**
     * Writes each notice's ledgers into a folder of its own, named after its document number (else its title,
     * else its file), each with its index, and an index of them all in {@code dir} whose first column names the
     * notice; returns each unit's file, notice by notice.
     */
    public static Map<UnitEntry, Path> writePerNotice(List<UnitIndex> perNotice, Path dir, LedgerOptions options)
            throws IOException {
        Files.createDirectories(dir);
        Map<UnitEntry, Path> all = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(INDEX_NAME);
        List<List<Object>> rows = new ArrayList<>();
        List<DistinctNotices.Distinct> notices = new ArrayList<>();
        for (UnitIndex index : perNotice) {
            DistinctNotices.Distinct notice = index.notices().get(0);
            notices.add(notice);
            String name = noticeName(notice);
            Path folder = dir.resolve(uniqueName(fileNameFor(name), taken));
            Map<UnitEntry, Path> files = write(index, folder, options);
            files.forEach((unit, file) -> {
                List<Object> row = indexRow(unit, dir.relativize(file), options.labels());
                row.add(0, name);
                rows.add(row);
            });
            all.putAll(files);
        }
        writeIndex(dir, List.of("notice"), rows, notices, options);
        return all;
    }

    /**
     * What the ledgers say about copies, one line per notice that had any: {@code b.html, c.txt: copies of
     * a.docx (汶政办字〔2025〕3号), counted once}. Empty when every input was a notice of its own.
     */
    public static List<String> copyNotes(List<DistinctNotices.Distinct> notices) {
        List<String> notes = new ArrayList<>();
        for (DistinctNotices.Distinct n : notices) {
            if (!n.copies().isEmpty()) {
                Notice notice = n.result().notice();
                String number = notice == null || notice.docNumber() == null ? "" : " (" + notice.docNumber() + ")";
                notes.add(String.join(", ", n.copies()) + ": " + (n.copies().size() == 1 ? "a copy" : "copies")
                        + " of " + n.source() + number + ", counted once");
            }
        }
        return notes;
    }

    private static Map<UnitEntry, Path> writeUnits(UnitIndex index, Path dir, LedgerOptions options)
            throws IOException {
        Map<UnitEntry, Path> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(INDEX_NAME);
        List<String> header = LedgerLabels.headings(options.labels(), LEDGER_HEADER);
        for (UnitEntry unit : index.units()) {
            String base = uniqueName(fileNameFor(unit.name()), taken);
            Path file = dir.resolve(base + "." + options.format().extension());
            List<List<Object>> rows = new ArrayList<>();
            for (UnitTask t : unit.tasks()) {
                rows.add(ledgerRow(t));
            }
            String sheet = options.labels() == Labels.ZH ? "台账" : "ledger";
            LedgerTable table = new LedgerTable(sheet, header, rows, widths(LEDGER_HEADER));
            if (options.format() == LedgerFormat.CSV) {
                LedgerFiles.writeCsv(file, table, options.bom(), options.escapeFormulas());
            } else {
                LedgerFiles.writeXlsx(file, List.of(table));
            }
            files.put(unit, file);
        }
        return files;
    }

    private static List<Object> indexRow(UnitEntry unit, Path relative, Labels labels) {
        String target = relative.toString().replace('\\', '/');
        return LedgerTable.row(unit.name(), LedgerLabels.kind(labels, unit.collective()),
                String.join(SEPARATOR, unit.variants()), unit.leadCount(), unit.responsibleCount(),
                unit.tasks().size(), new LedgerTable.Link(target, target));
    }

    /** {@code index.xlsx} always (units, each linking to its file; then the notices), {@code index.csv} for CSV. */
    private static void writeIndex(Path dir, List<String> leading, List<List<Object>> rows,
            List<DistinctNotices.Distinct> notices, LedgerOptions options) throws IOException {
        List<String> keys = new ArrayList<>(leading);
        keys.addAll(INDEX_HEADER);
        Labels labels = options.labels();
        LedgerTable units = new LedgerTable(labels == Labels.ZH ? "单位" : "units",
                LedgerLabels.headings(labels, keys), rows, widths(keys));
        if (options.format() == LedgerFormat.CSV) {
            LedgerFiles.writeCsv(dir.resolve(INDEX_NAME + ".csv"), units, options.bom(), options.escapeFormulas());
        }
        List<List<Object>> noticeRows = new ArrayList<>();
        for (DistinctNotices.Distinct n : notices) {
            Notice notice = n.result().notice();
            noticeRows.add(LedgerTable.row(noticeName(n), n.source(), notice == null ? null : notice.docNumber(),
                    notice == null ? null : notice.title(), n.result().tasks().size(),
                    n.copies().isEmpty() ? null : String.join(SEPARATOR, n.copies())));
        }
        LedgerTable noticeSheet = new LedgerTable(labels == Labels.ZH ? "通知" : "notices",
                LedgerLabels.headings(labels, NOTICES_HEADER), noticeRows, widths(NOTICES_HEADER));
        LedgerFiles.writeXlsx(dir.resolve(INDEX_NAME + ".xlsx"), List.of(units, noticeSheet));
    }

    /** How the ledgers name a notice: its document number, else its title, else its file's name. */
    static String noticeName(DistinctNotices.Distinct n) {
        Notice notice = n.result().notice();
        if (notice != null && notice.docNumber() != null && !notice.docNumber().isBlank()) {
            return notice.docNumber().strip();
        }
        if (notice != null && notice.title() != null && !notice.title().isBlank()) {
            return notice.title().strip();
        }
        String source = n.source() == null ? "notice" : Path.of(n.source()).getFileName().toString();
        int dot = source.lastIndexOf('.');
        return dot > 0 ? source.substring(0, dot) : source;
    }

    /** Column widths in characters: long text wide, counts narrow. */
    private static List<Integer> widths(List<String> keys) {
        return keys.stream().map(k -> switch (k) {
            case "requirement" -> 60;
            case "section", "task", "other_units", "variants", "title", "copies", "file", "source" -> 30;
            case "备注", "进展情况", "完成情况", "unit", "notice" -> 24;
            default -> 12;
        }).toList();
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
        row.add(deadline == null ? null : date(deadline.date()));
        row.add(t.otherUnits().isEmpty() ? null : String.join(SEPARATOR, t.otherUnits()));
        FOLLOW_UP.forEach(column -> row.add(null));
        return row;
    }

    /** A deadline's ISO date as a date (a date cell in a workbook), or the text as it is where it is not one. */
    private static Object date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return iso;
        }
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
}

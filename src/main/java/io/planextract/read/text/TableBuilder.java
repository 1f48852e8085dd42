package io.planextract.read.text;

import io.planextract.doc.Cell;
import io.planextract.doc.ReadingScore;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.normalize.TextCleaner;
import io.planextract.read.text.RoleLabels.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a candidate reading's rows into a {@link Table} and scores it ({@link ReadingScorer}). Rows with fewer cells
 * than the table lie under merged cells: their cells are placed in their columns by what they hold
 * ({@link CellPlacer}) and a {@code cells-placed-by-content} warning records the choice. So is a full row whose
 * trailing cells are empty when its filled cells fit other columns much better (a web copy that prints the covered
 * cells at the end: {@code 2.压缩审批时限。 | 审批科 | |}). A column empty everywhere at the left edge is dropped, and a
 * column of rising numbers under an empty header cell is the unlabelled 序号: it moves to the front, where the table
 * engine looks for it ({@link ColumnCleanup}).
 */
final class TableBuilder {
    static final Pattern SECTION_TITLE = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．].*|^第[一二三四五六七八九十]+[部分章].*");

    /** The table, what a reviewer should know about it, and whether it has a header at all. */
    record Built(Table table, List<Warning> warnings, int cells, boolean hasHeader) {
    }

    private final String reading;
    private final List<Warning> warnings = new ArrayList<>();
    private final List<List<List<String>>> dataRows = new ArrayList<>();
    private final List<Double> placementFits = new ArrayList<>();
    private int fullRows;
    private int cells;

    private TableBuilder(String reading) {
        this.reading = reading;
    }

    static Built build(Candidate candidate) {
        return new TableBuilder(candidate.reading()).run(candidate.rows());
    }

    private Built run(List<RawRow> input) {
        List<RawRow> rows = input;
        int headerAt = headerAt(rows);
        if (headerAt >= 0) {
            rows = ColumnCleanup.withinHeader(rows, rows.get(headerAt).size());
        }
        int width = width(rows, headerAt);
        boolean unlabelledSeq = false;
        if (headerAt >= 0) {
            rows = ColumnCleanup.withoutLeadingBlankColumn(rows, headerAt, width);
            width = width(rows, headerAt);
            int numbers = ColumnCleanup.numbersColumn(rows, headerAt, width);
            if (numbers >= 0) {
                unlabelledSeq = true;
                rows = ColumnCleanup.numbersToFront(rows, headerAt, numbers, width);
            }
        }
        List<Role> roles = headerAt < 0 ? null : roles(rows.get(headerAt), width, unlabelledSeq);
        List<Row> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            RawRow row = rows.get(r);
            if (row.cells().stream().allMatch(c -> String.join("", c).isBlank())) {
                continue;
            }
            String section = sectionTitle(row, width);
            if (r > headerAt && section != null) {
                out.add(row(List.of(List.of(section)), List.of(row.line()))); // printed once, like a text dump's
                continue;
            }
            if (r == headerAt) {
                out.add(headerRow(row));
                continue;
            }
            if (r < headerAt || roles == null) {
                out.add(row(row.cells(), row.cellLines()));
                continue;
            }
            if (row.size() >= width) {
                fullRows++;
            }
            out.add(dataRow(row, roles, width));
        }
        ReadingScore score = ReadingScorer.score(reading, headerAt < 0 ? null : rows.get(headerAt), roles,
                dataRows, fullRows, placementFits, width);
        Table table = new Table(out, false, rows.get(0).line(), score);
        return new Built(table, List.copyOf(warnings), cells, headerAt >= 0);
    }

    private Row dataRow(RawRow row, List<Role> roles, int width) {
        int filled = row.size();
        while (filled > 0 && row.isBlank(filled - 1)) {
            filled--; // empty cells at the end stand for covered cells wherever they were
        }
        if (row.size() < width) {
            return placed(row, filled, roles);
        }
        if (filled > 0 && filled < width) {
            List<CellPlacer.Kind> kinds = CellPlacer.kinds(row.cells().subList(0, filled));
            int where = 0;
            for (int k = 0; k < filled; k++) {
                where += CellPlacer.score(kinds.get(k), roles.get(k));
            }
            int[] columns = CellPlacer.place(kinds, roles);
            if (fit(kinds, columns, roles) > where) {
                return placed(row, filled, roles);
            }
        }
        dataRows.add(row.cells());
        return row(row.cells(), row.cellLines());
    }

    private static int fit(List<CellPlacer.Kind> kinds, int[] columns, List<Role> roles) {
        int sum = 0;
        for (int k = 0; k < kinds.size(); k++) {
            sum += CellPlacer.score(kinds.get(k), roles.get(columns[k]));
        }
        return sum;
    }

    /** The first {@code count} cells of the row, each in the column its content fits. */
    private Row placed(RawRow raw, int count, List<Role> roles) {
        List<List<String>> cellsIn = raw.cells().subList(0, count);
        List<CellPlacer.Kind> kinds = CellPlacer.kinds(cellsIn);
        int[] columns = CellPlacer.place(kinds, roles);
        List<List<String>> row = new ArrayList<>(roles.size());
        List<Integer> lines = new ArrayList<>(roles.size());
        for (int c = 0; c < roles.size(); c++) {
            row.add(List.of());
            lines.add(raw.line());
        }
        StringBuilder where = new StringBuilder();
        int best = 0;
        for (int k = 0; k < count; k++) {
            row.set(columns[k], cellsIn.get(k));
            lines.set(columns[k], raw.cellLine(k));
            best += CellPlacer.best(kinds.get(k));
            if (where.length() > 0) {
                where.append('，');
            }
            where.append('第').append(k + 1).append("格→第").append(columns[k] + 1).append('列');
        }
        placementFits.add(best == 0 ? 1.0 : Math.max(0, (double) fit(kinds, columns, roles) / best));
        dataRows.add(row);
        String cellsSaid = count + (count < raw.size() ? "格有内容" : "格");
        warnings.add(WarningCode.CELLS_PLACED_BY_CONTENT.at(Origin.ofLine(raw.line()), cellsSaid, roles.size(),
                where));
        return row(row, lines);
    }

    /**
     * The header as printed: an empty cell right of a label is that label spread over two columns (a Markdown or
     * spreadsheet copy of {@code colspan}), as {@code 工作任务} over the section and the task.
     */
    private Row headerRow(RawRow header) {
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < header.size(); k++) {
            boolean blank = header.isBlank(k);
            if (blank && !out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                Cell left = out.remove(out.size() - 1);
                out.add(new Cell(left.paragraphs(), left.colSpan() + 1, false, left.line()));
                continue;
            }
            out.add(new Cell(header.cells().get(k), 1, false, header.cellLine(k)));
        }
        cells += out.size();
        return new Row(out);
    }

    private static int headerAt(List<RawRow> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (isHeader(rows.get(r))) {
                return r;
            }
        }
        return -1;
    }

    /** A row of labels: at least two cells name a column role, and most of its cells do. */
    static boolean isHeader(RawRow row) {
        int named = 0;
        int filled = 0;
        for (int k = 0; k < row.size(); k++) {
            String t = TextCleaner.strip(row.text(k));
            if (t.isEmpty()) {
                continue;
            }
            filled++;
            if (RoleLabels.isLabel(t)) {
                named++;
            }
        }
        return named >= 2 && named * 2 >= filled;
    }

    /** The table's width: the widest row, the header's at least. */
    private static int width(List<RawRow> rows, int headerAt) {
        int widest = headerAt >= 0 ? rows.get(headerAt).size() : 1;
        for (RawRow r : rows) {
            widest = Math.max(widest, r.size());
        }
        return widest;
    }

    /** Column roles under the header; a task label over two columns is the section and the task. */
    private static List<Role> roles(RawRow header, int width, boolean unlabelledSeq) {
        List<Role> roles = new ArrayList<>();
        if (unlabelledSeq) {
            roles.add(Role.SEQ);
        }
        for (int k = 0; k < header.size(); k++) {
            roles.add(RoleLabels.of(TextCleaner.strip(header.text(k))));
        }
        if (roles.size() == width - 1) {
            int task = roles.indexOf(Role.TASK);
            if (task >= 0) {
                roles.add(task, Role.SECTION);
            }
        }
        while (roles.size() < width) {
            roles.add(null);
        }
        return roles;
    }

    /** A lone title such as {@code 一、坚持标准引领}: a section row that spans the table; null for other rows. */
    private static String sectionTitle(RawRow row, int width) {
        String only = null;
        for (int k = 0; k < row.size(); k++) {
            if (!row.isBlank(k)) {
                if (only != null) {
                    return null;
                }
                only = TextCleaner.strip(row.text(k));
            }
        }
        return only != null && width > 2 && SECTION_TITLE.matcher(only).matches() ? only : null;
    }

    private Row row(List<List<String>> in, List<Integer> lines) {
        cells += in.size();
        List<Cell> out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            out.add(new Cell(in.get(k), 1, false, k < lines.size() ? lines.get(k) : lines.get(0)));
        }
        return new Row(out);
    }
}

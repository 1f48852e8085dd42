package io.planextract.read.sheet;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Lays one sheet out as the document model, as the sheet shows on screen: hidden rows and columns left out (with a
 * warning where they hold something), each merged region one cell spanning its visible columns whose lower rows are
 * {@link Cell#continued()} cells, exactly as the DOCX and HTML readers mark a vertical merge. The rows from the first
 * to the last that hold two or more cells are the sheet's table, for the table engine to find its header in; the
 * single-cell rows above it (a title merged across, "填报单位：…") and below it (a note, "注：…") are paragraphs, so the
 * title is the line just above the table and the note follows it, as in a Word notice.
 */
final class SheetLayout {
    /** Rows or columns named one by one in a warning before "…" stands for the rest. */
    private static final int NAMED = 10;
    /** A short label and a colon starting a cell: 填报人：, 联系电话：, 注：. */
    private static final Pattern LABELLED = Pattern.compile("\\s*\\p{IsHan}{1,8}\\s*[：:]");

    /** The blocks of one sheet and what a reviewer should know about it. */
    record Result(List<Block> blocks, List<Warning> warnings) {
    }

    /** A merged region as it lies on the grid of visible columns; only this layout ever changes it. */
    private static final class Claim {
        final SheetCells.Merge merge;
        final int firstGrid;
        final int lastGrid;
        boolean shown;

        Claim(SheetCells.Merge merge, int firstGrid, int lastGrid) {
            this.merge = merge;
            this.firstGrid = firstGrid;
            this.lastGrid = lastGrid;
        }
    }

    private SheetLayout() {
    }

    static Result layout(SheetCells sheet, int maxColumns) {
        List<Warning> warnings = new ArrayList<>();
        hiddenWarnings(sheet, warnings);
        int[] columns = gridColumns(sheet);
        if (columns.length > maxColumns) {
            warnings.add(WarningCode.SHEET_COLUMNS_CUT.at(Origin.none(), sheet.name(), maxColumns,
                    letter(columns[maxColumns])));
            columns = Arrays.copyOf(columns, maxColumns);
        }
        List<Laid> rows = rows(sheet, columns);
        return new Result(blocks(rows), warnings);
    }

    /** Visible columns that show a value in a visible row, left to right. */
    private static int[] gridColumns(SheetCells sheet) {
        TreeSet<Integer> used = new TreeSet<>();
        for (Map.Entry<Integer, NavigableMap<Integer, String>> row : sheet.values().entrySet()) {
            if (sheet.isHiddenRow(row.getKey())) {
                continue;
            }
            for (int col : row.getValue().keySet()) {
                if (!sheet.isHiddenColumn(col)) {
                    used.add(col);
                }
            }
        }
        return used.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A row on the grid, and whether a blank row stands between it and the row before it. */
    private record Laid(Row row, boolean afterGap) {
    }

    /**
     * The visible rows that show a value, each as wide as the grid. Merges are claimed in a sweep down the rows, so
     * the cost is the rows times the grid's width plus the merges, however far a merge reaches.
     */
    private static List<Laid> rows(SheetCells sheet, int[] columns) {
        int width = columns.length;
        List<SheetCells.Merge> merges = new ArrayList<>(sheet.merges());
        merges.sort(Comparator.comparingInt(SheetCells.Merge::firstRow));
        Claim[] owner = new Claim[width];
        int next = 0;
        List<Laid> rows = new ArrayList<>();
        if (width == 0) {
            return rows;
        }
        int previous = -1;
        boolean gap = false;
        for (Map.Entry<Integer, NavigableMap<Integer, String>> entry : sheet.values().entrySet()) {
            int r = entry.getKey();
            if (sheet.isHiddenRow(r)) {
                continue;
            }
            for (; next < merges.size() && merges.get(next).firstRow() <= r; next++) {
                claim(merges.get(next), r, columns, owner);
            }
            List<Cell> cells = new ArrayList<>(width);
            for (int g = 0; g < width; ) {
                Claim c = owner[g];
                if (c != null && c.merge.lastRow() >= r) {
                    int span = c.lastGrid - g + 1;
                    if (c.shown) {
                        cells.add(new Cell(List.of(), span, true, 0));
                    } else {
                        cells.add(cell(anchorText(sheet, c.merge), span));
                        c.shown = true;
                    }
                    g += span;
                } else {
                    cells.add(cell(entry.getValue().get(columns[g]), 1));
                    g++;
                }
            }
            Row row = new Row(cells);
            if (filled(row) == 0) {
                gap = true; // its values are all in hidden or cut columns: a blank row on screen
                continue;
            }
            rows.add(new Laid(row, gap || (previous >= 0 && r > previous + 1)));
            previous = r;
            gap = false;
        }
        return rows;
    }

    /**
     * Gives a merge the grid columns it covers, unless it covers none or overlaps a merge still open there (Excel
     * refuses such a file; a damaged one keeps the first merge).
     */
    private static void claim(SheetCells.Merge m, int row, int[] columns, Claim[] owner) {
        if (m.lastRow() < row) {
            return; // it lies wholly in rows that show nothing
        }
        int first = firstAtOrAfter(columns, m.firstCol());
        int last = firstAtOrAfter(columns, m.lastCol() + 1) - 1;
        if (first > last) {
            return;
        }
        for (int g = first; g <= last; g++) {
            if (owner[g] != null && owner[g].merge.lastRow() >= row) {
                return;
            }
        }
        Claim c = new Claim(m, first, last);
        for (int g = first; g <= last; g++) {
            owner[g] = c;
        }
    }

    private static int firstAtOrAfter(int[] columns, int col) {
        int i = Arrays.binarySearch(columns, col);
        return i >= 0 ? i : -i - 1;
    }

    /** A merged region shows its top-left cell's value, even when that cell's row or column is hidden. */
    private static String anchorText(SheetCells sheet, SheetCells.Merge m) {
        NavigableMap<Integer, String> row = sheet.values().get(m.firstRow());
        return row == null ? null : row.get(m.firstCol());
    }

    private static Cell cell(String text, int span) {
        return new Cell(text == null ? List.of() : lines(text), span, false, 0);
    }

    /** A cell's lines: Alt+Enter in Excel breaks a line as Enter does in a Word table cell. */
    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    /**
     * The table between the first and the last row holding two or more cells (a merged cell from above counts; the
     * last is no row of labelled values); the rows above and below it, a title or a note each, are paragraphs. A blank row followed by a row of two or more
     * cells starts another table: a second table on the sheet, or the rest of the first, which the table engine joins
     * back when it has no header of its own (as the parts of a Word table split by a page break).
     */
    private static List<Block> blocks(List<Laid> laid) {
        List<Row> rows = laid.stream().map(Laid::row).toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (filled(rows.get(i)) >= 2) {
                if (first < 0) {
                    first = i;
                }
                if (!isLabelRow(rows.get(i))) {
                    last = i;
                }
            }
        }
        // labelled lines just above the table (填报单位：…) belong to it, so the title above them stays its title
        while (first > 0 && isLabelRow(rows.get(first - 1))) {
            first--;
        }
        List<Block> blocks = new ArrayList<>();
        if (first < 0 || last < first) {
            rows.forEach(r -> paragraphs(r, blocks));
            return blocks;
        }
        rows.subList(0, first).forEach(r -> paragraphs(r, blocks));
        int start = first;
        for (int i = first + 1; i <= last; i++) {
            if (laid.get(i).afterGap() && filled(rows.get(i)) >= 2) {
                blocks.add(new Table(UsedColumns.of(rows.subList(start, i)), true, 0));
                start = i;
            }
        }
        blocks.add(new Table(UsedColumns.of(rows.subList(start, last + 1)), true, 0));
        rows.subList(last + 1, rows.size()).forEach(r -> paragraphs(r, blocks));
        return blocks;
    }

    /** Cells holding something, a merged cell from above included. */
    private static int filled(Row row) {
        int n = 0;
        for (Cell c : row.cells()) {
            if (c.continued() || !c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A row of labelled values only ({@code 填报人：张三 | 联系电话：…}): under the table, a sign-off or a note, text
     * about the table rather than a row of it. Above the table it stays in the table, before the header, so that the
     * title above it is still the line just above the table.
     */
    private static boolean isLabelRow(Row row) {
        boolean any = false;
        for (Cell c : row.cells()) {
            if (c.continued()) {
                return false;
            }
            if (!c.isBlank()) {
                String first = c.paragraphs().stream().filter(p -> !p.isBlank()).findFirst().orElse("");
                if (!LABELLED.matcher(first).lookingAt()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static void paragraphs(Row row, List<Block> blocks) {
        for (Cell c : row.cells()) {
            for (String p : c.paragraphs()) {
                if (!p.isBlank()) {
                    blocks.add(new Paragraph(p, 0));
                }
            }
        }
    }

    /** Hidden rows and columns that hold a value the sheet does not show, named in one warning each. */
    private static void hiddenWarnings(SheetCells sheet, List<Warning> warnings) {
        if (sheet.hiddenRows().isEmpty() && !sheet.hasHiddenColumns()) {
            return;
        }
        Set<Long> anchors = new HashSet<>();
        for (SheetCells.Merge m : sheet.merges()) {
            anchors.add(key(m.firstRow(), m.firstCol()));
        }
        List<String> rows = new ArrayList<>();
        TreeSet<Integer> cols = new TreeSet<>();
        for (Map.Entry<Integer, NavigableMap<Integer, String>> row : sheet.values().entrySet()) {
            boolean hiddenRow = sheet.isHiddenRow(row.getKey());
            boolean lostInRow = false;
            for (int col : row.getValue().keySet()) {
                boolean hiddenCol = !hiddenRow && sheet.isHiddenColumn(col);
                // the top-left cell of a merge reaching beyond it shows in the merge's visible part: nothing is lost
                if ((hiddenRow || hiddenCol) && !anchors.contains(key(row.getKey(), col))) {
                    lostInRow |= hiddenRow;
                    if (hiddenCol) {
                        cols.add(col);
                    }
                }
            }
            if (lostInRow) {
                rows.add(String.valueOf(row.getKey() + 1));
            }
        }
        if (!rows.isEmpty()) {
            warnings.add(WarningCode.HIDDEN_ROWS.at(Origin.none(), sheet.name(), named(rows)));
        }
        if (!cols.isEmpty()) {
            warnings.add(WarningCode.HIDDEN_COLUMNS.at(Origin.none(), sheet.name(),
                    named(cols.stream().map(SheetLayout::letter).toList())));
        }
    }

    private static long key(int row, int col) {
        return (long) row << 20 | col;
    }

    private static String named(List<String> items) {
        if (items.size() <= NAMED) {
            return String.join("、", items);
        }
        return String.join("、", items.subList(0, NAMED)) + "等" + items.size() + "处";
    }

    private static String letter(int col) {
        return CellReference.convertNumToColString(col);
    }
}

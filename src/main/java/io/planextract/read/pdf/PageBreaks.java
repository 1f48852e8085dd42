package io.planextract.read.pdf;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import io.planextract.grammar.NumberingMark;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page break does to a table's rows. A row may be split: its long cells go on at the top of the next page,
 * in a row of their own with nothing in the short cells (the 序号 among them); that row is joined back to the row
 * it belongs to. And a merged cell that a page break cuts: Word and LibreOffice print its text on the first page and an empty box
 * at the top of the next, closed by the page's border. That box is the same cell, so where the last row of the
 * page before was inside a vertical merge and the next page's first row leaves the same columns blank, the blank
 * is marked as the merge going on.
 */
final class PageBreaks {
    private PageBreaks() {
    }

    /**
     * The next page's rows with the merges that the page break cut marked as going on. A cell in the first row under
     * a merge in progress (the last row holds a continued cell there) is the same merged cell when it is blank. A
     * cell with text is the same merged cell when the cell above was cut by the page's end (its last line, at the
     * bottom of the page, had no room for the new cell's first word) and its text does not end as complete text
     * does (。 or a closing bracket): LibreOffice flows a merged cell's text on into the next page.
     * That text is added to the merged cell, in {@code rows}.
     *
     * @param open as for {@link #joinSplitRow}
     */
    static List<Row> continueMerges(List<Row> rows, boolean[] open, List<Row> next) {
        if (next.isEmpty()) {
            return next;
        }
        List<Cell> above = rows.get(rows.size() - 1).cells();
        List<Cell> first = next.get(0).cells();
        List<Cell> out = new ArrayList<>(first.size());
        boolean changed = false;
        for (Cell cell : first) {
            int col = start(first, cell);
            Cell over = at(above, col);
            boolean same = over != null && over.colSpan() == cell.colSpan() && !cell.continued();
            boolean blankUnderMerge = same && over.continued() && cell.isBlank();
            boolean flows = same && !cell.isBlank() && col < open.length && open[col]
                    && NumberingMark.opening(cell.paragraphs().get(0)) == null
                    && !ended(at(rows.get(Math.max(0, origin(rows, col))).cells(), col));
            if (blankUnderMerge || flows) {
                if (flows) {
                    int origin = origin(rows, col);
                    List<Cell> cells = new ArrayList<>(rows.get(origin).cells());
                    int k = index(cells, col);
                    cells.set(k, appended(cells.get(k), cell));
                    rows.set(origin, new Row(cells));
                }
                out.add(new Cell(List.of(), cell.colSpan(), true, 0));
                changed = true;
            } else {
                out.add(cell);
            }
        }
        if (!changed) {
            return next;
        }
        List<Row> result = new ArrayList<>(next);
        result.set(0, new Row(out));
        return result;
    }

    /**
     * Joins the first row of a new page to the rows above when the page break split one row: every cell with text
     * in it goes on from a cell that ended the page in a full line (a cell of the last row, or a merged cell
     * reaching down to it), and some cell with text in the last row is blank below (a split row prints its short
     * cells, the 序号 among them, once). The text is added to the cells it continues, in {@code rows}.
     *
     * @param rows  the table's rows so far, changed in place when the row is joined
     * @param open  for each grid column where a cell reaching the page's last row starts, whether that cell ends in
     *              a full line
     * @return true when {@code first} was joined and is to be dropped
     */
    static boolean joinSplitRow(List<Row> rows, boolean[] open, Row first) {
        int lastRow = rows.size() - 1;
        List<Cell> above = rows.get(lastRow).cells();
        boolean text = false;
        boolean blankUnderText = false;
        for (Cell cell : first.cells()) {
            if (cell.continued()) {
                continue;
            }
            int col = start(first.cells(), cell);
            Cell over = at(above, col);
            if (cell.isBlank()) {
                blankUnderText |= over != null && !over.continued() && !over.isBlank();
                continue;
            }
            int origin = origin(rows, col);
            Cell from = origin < 0 ? null : at(rows.get(origin).cells(), col);
            if (from == null || from.isBlank() || from.colSpan() != cell.colSpan() || col >= open.length
                    || !open[col]) {
                return false;
            }
            text = true;
        }
        if (!text || !blankUnderText) {
            return false;
        }
        for (Cell cell : first.cells()) {
            if (cell.continued() || cell.isBlank()) {
                continue;
            }
            int col = start(first.cells(), cell);
            int origin = origin(rows, col);
            List<Cell> cells = new ArrayList<>(rows.get(origin).cells());
            int k = index(cells, col);
            cells.set(k, appended(cells.get(k), cell));
            rows.set(origin, new Row(cells));
        }
        return true;
    }

    /** Punctuation a text ends with when it is complete: a sentence, or a bracketed name such as （办事处）. */
    private static final String ENDS = "。；;！!？?）)」』”】〕";

    /** True when the cell's text ends as complete text does, so nothing of it flows on. */
    private static boolean ended(Cell cell) {
        if (cell == null || cell.paragraphs().isEmpty()) {
            return false;
        }
        String last = cell.paragraphs().get(cell.paragraphs().size() - 1).strip();
        return !last.isEmpty() && ENDS.indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    /** The row where the cell covering grid column {@code col} of the last row starts, or -1. */
    private static int origin(List<Row> rows, int col) {
        for (int r = rows.size() - 1; r >= 0; r--) {
            Cell c = at(rows.get(r).cells(), col);
            if (c == null) {
                return -1;
            }
            if (!c.continued()) {
                return r;
            }
        }
        return -1;
    }

    /** The cell's text with the rest of its last paragraph, and any further paragraphs, from {@code rest}. */
    private static Cell appended(Cell cell, Cell rest) {
        List<String> paragraphs = new ArrayList<>(cell.paragraphs());
        StringBuilder end = new StringBuilder(paragraphs.remove(paragraphs.size() - 1));
        Paragraphs.join(end, rest.paragraphs().get(0));
        paragraphs.add(end.toString());
        paragraphs.addAll(rest.paragraphs().subList(1, rest.paragraphs().size()));
        return new Cell(paragraphs, cell.colSpan(), false, cell.line());
    }

    private static int index(List<Cell> row, int col) {
        int c = 0;
        for (int k = 0; k < row.size(); k++) {
            if (c == col) {
                return k;
            }
            c += row.get(k).colSpan();
        }
        return -1;
    }

    /** The grid column where {@code cell} starts in its row. */
    private static int start(List<Cell> row, Cell cell) {
        int col = 0;
        for (Cell c : row) {
            if (c == cell) {
                return col;
            }
            col += c.colSpan();
        }
        return col;
    }

    /** The cell of {@code row} starting at grid column {@code col}, or null. */
    private static Cell at(List<Cell> row, int col) {
        int c = 0;
        for (Cell cell : row) {
            if (c == col) {
                return cell;
            }
            c += cell.colSpan();
        }
        return null;
    }
}

package io.planextract.read.html;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays HTML cells out on the table grid. A row under a {@code rowspan} has fewer {@code <td>} in the source;
 * here it gets a {@link Cell#continued()} cell at the covered grid position, so every row lists its cells
 * left to right as DOCX does. Spans reaching past the table's last row or last column are clipped.
 *
 * <p>Spans are clipped to the column limit before anything is laid out, and a row that would still start a
 * cell past the limit ends the layout ({@link TooWide}): the cost is linear in the page's size. Without that, a
 * page of {@code <td rowspan=65534 colspan=1000>} rows pushes each row's cell right of the last one, and the grid
 * grows with the square of the page (8,000 such cells: 4.8 GB).
 */
final class HtmlGrid {
    /** HTML's own caps: browsers clamp larger values to these. */
    static final int MAX_COLSPAN = 1000;
    static final int MAX_ROWSPAN = 65534;

    /** A source cell: its paragraphs and spans as written (already parsed, at least 1; rowspan 0 = to the end). */
    record Source(List<String> paragraphs, int colSpan, int rowSpan) {
    }

    private HtmlGrid() {
    }

    /** The table has more columns than the limit; thrown as soon as that is certain. */
    static final class TooWide extends RuntimeException {
        TooWide() {
            super(null, null, false, false);
        }
    }

    static List<Row> layout(List<List<Source>> rows) {
        return layout(rows, MAX_COLSPAN * 64);
    }

    /**
     * The rows on the grid, at most {@code maxCols + 1} columns wide (one past the limit, so that the caller can
     * tell a table that is too wide).
     *
     * @throws TooWide when a cell would start past that
     */
    static List<Row> layout(List<List<Source>> rows, int maxCols) {
        int bound = maxCols + 1;
        int width = width(rows, bound);
        return place(rows, width, true, bound);
    }

    /**
     * The table's width: rows without column spans state it plainly; a wider span (a section row written
     * {@code colspan="10"} in a 5-column table) is clipped to it rather than widening the table.
     */
    private static int width(List<List<Source>> rows, int bound) {
        // Spans clipped at the bound: a table that fits is laid out as without clipping.
        List<Row> natural = place(rows, bound, true, bound);
        int plain = 0;
        int any = 0;
        for (int r = 0; r < rows.size(); r++) {
            int w = natural.get(r).width();
            any = Math.max(any, w);
            if (rows.get(r).stream().allMatch(s -> s.colSpan() == 1)) {
                plain = Math.max(plain, w);
            }
        }
        return plain > 0 ? plain : any;
    }

    private static List<Row> place(List<List<Source>> rows, int width, boolean clip, int bound) {
        int n = rows.size();
        // per grid column: rows still covered below the current one, and the column where the covering cell starts
        int[] remaining = new int[8];
        int[] origin = new int[8];
        int[] originSpan = new int[8];
        List<Row> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            boolean[] coveredAtStart = new boolean[remaining.length];
            for (int c = 0; c < remaining.length; c++) {
                coveredAtStart[c] = remaining[c] > 0;
            }
            List<Cell> cells = new ArrayList<>();
            int col = 0;
            for (Source s : rows.get(r)) {
                col = fillCovered(cells, col, coveredAtStart, origin, originSpan);
                if (col >= bound) {
                    throw new TooWide();
                }
                int span = Math.min(s.colSpan(), bound - col);
                if (clip && col < width) {
                    span = Math.min(span, width - col);
                }
                span = Math.min(span, nextCovered(coveredAtStart, col) - col);
                int rowSpan = s.rowSpan() == 0 ? n - r : Math.min(s.rowSpan(), n - r);
                cells.add(new Cell(s.paragraphs(), span, false, 0));
                if (col + span > remaining.length) {
                    int size = Math.max(col + span, remaining.length * 2);
                    remaining = Arrays.copyOf(remaining, size);
                    origin = Arrays.copyOf(origin, size);
                    originSpan = Arrays.copyOf(originSpan, size);
                    coveredAtStart = Arrays.copyOf(coveredAtStart, size);
                }
                for (int c = col; c < col + span; c++) {
                    remaining[c] = rowSpan - 1;
                    origin[c] = col;
                    originSpan[c] = span;
                }
                col += span;
            }
            // covered columns right of the last source cell still belong to this row
            int last = remaining.length;
            while (last > 0 && !coveredAtStart[last - 1]) {
                last--;
            }
            while (col < last) {
                if (coveredAtStart[col]) {
                    col = fillCovered(cells, col, coveredAtStart, origin, originSpan);
                } else {
                    // the source row ends before a covered column: an empty slot keeps the grid aligned
                    cells.add(new Cell(List.of(), 1, false, 0));
                    col++;
                }
            }
            for (int c = 0; c < coveredAtStart.length; c++) {
                if (coveredAtStart[c]) {
                    remaining[c]--;
                }
            }
            out.add(new Row(cells));
        }
        return out;
    }

    /** Adds continued cells for the covered columns starting at {@code col}; returns the first free column. */
    private static int fillCovered(List<Cell> cells, int col, boolean[] covered, int[] origin, int[] originSpan) {
        while (col < covered.length && covered[col]) {
            int span = origin[col] == col ? originSpan[col] : 1;
            int end = col + 1;
            while (end < col + span && end < covered.length && covered[end]) {
                end++;
            }
            cells.add(new Cell(List.of(), end - col, true, 0));
            col = end;
        }
        return col;
    }

    private static int nextCovered(boolean[] covered, int col) {
        for (int c = col; c < covered.length; c++) {
            if (covered[c]) {
                return c;
            }
        }
        return Integer.MAX_VALUE;
    }
}

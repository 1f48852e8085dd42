package io.planextract.read.pdf;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table as printed on one page, with the characters inside it: turned into rows of cells on a column grid
 * (its own, or that of the whole table when the table goes on over several pages, so every page's rows line up).
 * A cell covering several grid rows is written once, in its first row, and the rows below hold a
 * {@link Cell#continued()} cell there, as the DOCX and HTML readers mark a vertical merge.
 */
record TablePart(int page, TableRegion region, List<Glyph> glyphs) {
    /** Cell padding is never more than this (points); a wider gap is the text's alignment, not padding. */
    private static final float MAX_PADDING = 10f;

    /**
     * True when the character lies inside the table's outer border. A table wider than the paper has its borders
     * cut at the page's edge, but not its text: a side of the table on the page's edge reaches on past it.
     */
    static boolean inside(TableRegion region, Glyph g, float pageWidth, float pageHeight) {
        float x = g.centerX();
        float y = g.centerY();
        float edge = 2 * Lattice.REACH;
        boolean left = x >= region.left() || region.left() <= edge;
        boolean right = x <= region.right() || region.right() >= pageWidth - edge;
        boolean top = y >= region.top() || region.top() <= edge;
        boolean bottom = y <= region.bottom() || region.bottom() >= pageHeight - edge;
        return left && right && top && bottom;
    }

    /**
     * The rows, with what it takes to tell whether a cell cut by the page's end goes on at the top of the next page
     * (where a page break split its row or its merge). By the grid column a cell starts at:
     *
     * @param room      for the cells reaching the last row: the room left at the end of their last line (less half
     *                  a character of slack), when that line sits at the bottom of the table; infinite otherwise
     * @param firstWord for each row, the width of the first word of each cell starting there (0 when blank): what
     *                  would have had to fit in that room for the text not to go on in this cell
     */
    record Laid(List<Row> rows, float[] room, float[][] firstWord) {
        /** Which cells of the last row go on in the cells of {@code next}'s row {@code row}. */
        boolean[] goesOnIn(Laid next, int row) {
            boolean[] open = new boolean[room.length];
            if (row < next.firstWord.length) {
                float[] word = next.firstWord[row];
                for (int c = 0; c < open.length && c < word.length; c++) {
                    open[c] = word[c] > 0 && room[c] < word[c];
                }
            }
            return open;
        }
    }

    /** The rows on the grid of column edges {@code xs}. */
    Laid rows(float[] xs) {
        float[] ys = region.rowEdges();
        List<TableRegion.GridCell> cells = region.cells(xs, ys);
        int[][] owner = new int[ys.length - 1][xs.length - 1];
        for (int k = 0; k < cells.size(); k++) {
            TableRegion.GridCell c = cells.get(k);
            for (int r = c.row(); r < c.row() + c.rows(); r++) {
                for (int col = c.col(); col < c.col() + c.cols(); col++) {
                    owner[r][col] = k;
                }
            }
        }
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            inCell.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            inCell.get(owner[slot(ys, g.centerY())][slot(xs, g.centerX())]).add(g);
        }
        List<List<String>> text = new ArrayList<>();
        float[] room = new float[xs.length - 1];
        Arrays.fill(room, Float.POSITIVE_INFINITY);
        float[][] firstWord = new float[ys.length - 1][xs.length - 1];
        for (int k = 0; k < cells.size(); k++) {
            TableRegion.GridCell c = cells.get(k);
            List<TextLine> lines = TextLine.of(inCell.get(k));
            Paragraphs.Box box = box(lines, xs[c.col()], xs[c.col() + c.cols()]);
            text.add(lines.isEmpty() ? List.of() : Paragraphs.of(lines, box));
            if (c.row() + c.rows() == ys.length - 1 && !lines.isEmpty()) {
                TextLine last = lines.get(lines.size() - 1);
                if (ys[ys.length - 1] - last.baseline() < 2 * last.size()) {
                    room[c.col()] = box.right() - last.right() - 0.5f * last.size();
                }
            }
            if (!lines.isEmpty()) {
                firstWord[c.row()][c.col()] = lines.get(0).firstWordWidth();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < ys.length - 1; r++) {
            List<Cell> row = new ArrayList<>();
            int col = 0;
            while (col < xs.length - 1) {
                int k = owner[r][col];
                TableRegion.GridCell c = cells.get(k);
                int span = c.col() + c.cols() - col;
                row.add(c.row() == r ? new Cell(text.get(k), span, false, 0) : new Cell(List.of(), span, true, 0));
                col += span;
            }
            rows.add(new Row(row));
        }
        return new Laid(rows, room, firstWord);
    }

    /** The grid slot (between two edges) holding {@code v}; a point outside the grid goes to the nearest slot. */
    private static int slot(float[] edges, float v) {
        int i = Arrays.binarySearch(edges, v);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, slot));
    }

    /** The box a cell's lines are laid in; its padding is read from where its lines start. */
    private static Paragraphs.Box box(List<TextLine> lines, float left, float right) {
        float padding = MAX_PADDING;
        for (TextLine l : lines) {
            padding = Math.min(padding, Math.max(0, l.left() - left));
        }
        return new Paragraphs.Box(left + padding, right - padding);
    }
}

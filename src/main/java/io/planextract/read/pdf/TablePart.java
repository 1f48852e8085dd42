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

    /** True when the character lies inside the table's outer border. */
    static boolean inside(TableRegion region, Glyph g) {
        float x = g.centerX();
        float y = g.centerY();
        return x >= region.left() && x <= region.right() && y >= region.top() && y <= region.bottom();
    }

    /**
     * The rows, and for the last row whether each of its cells ends in a full line (by the grid column the cell
     * starts at): such a cell may go on at the top of the next page, where a page break split its row.
     */
    record Laid(List<Row> rows, boolean[] lastRowOpen) {
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
        boolean[] open = new boolean[xs.length - 1];
        for (int k = 0; k < cells.size(); k++) {
            TableRegion.GridCell c = cells.get(k);
            List<TextLine> lines = TextLine.of(inCell.get(k));
            Paragraphs.Box box = box(lines, xs[c.col()], xs[c.col() + c.cols()]);
            text.add(lines.isEmpty() ? List.of() : Paragraphs.of(lines, box));
            if (c.row() + c.rows() == ys.length - 1 && !lines.isEmpty()) {
                TextLine last = lines.get(lines.size() - 1);
                open[c.col()] = box.right() - last.right() < 2.5f * last.size();
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
        return new Laid(rows, open);
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

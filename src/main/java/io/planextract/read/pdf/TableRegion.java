package io.planextract.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table on one page: its borders, and the grid they make. The grid has a column boundary wherever any
 * vertical line stands and a row boundary wherever any horizontal one does; a cell is a run of grid slots with no
 * border between them, so a cell spanning columns or rows comes out as one cell with its span, as Word states it.
 */
record TableRegion(List<Ruling> horizontals, List<Ruling> verticals, float left, float top, float right,
        float bottom) {

    /** Narrower than this (points), two column or row boundaries are one: a border drawn slightly off. */
    private static final float MIN_SLOT = 4f;

    /**
     * One cell of the grid.
     *
     * @param row     first grid row
     * @param col     first grid column
     * @param rows    grid rows it covers
     * @param cols    grid columns it covers
     */
    record GridCell(int row, int col, int rows, int cols) {
    }

    /** The table the lines make, or null when they make no more than one cell. */
    static TableRegion of(List<Ruling> lines) {
        List<Ruling> h = new ArrayList<>();
        List<Ruling> v = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Ruling r : lines) {
            (r.horizontal() ? h : v).add(r);
            if (r.horizontal()) {
                left = Math.min(left, r.from());
                right = Math.max(right, r.to());
                top = Math.min(top, r.at());
                bottom = Math.max(bottom, r.at());
            } else {
                left = Math.min(left, r.at());
                right = Math.max(right, r.at());
                top = Math.min(top, r.from());
                bottom = Math.max(bottom, r.to());
            }
        }
        if (h.size() < 2 || v.size() < 2) {
            return null;
        }
        TableRegion region = new TableRegion(List.copyOf(h), List.copyOf(v), left, top, right, bottom);
        float[] xs = region.columnEdges();
        float[] ys = region.rowEdges();
        if (xs.length < 2 || ys.length < 2 || (xs.length == 2 && ys.length == 2)) {
            return null;
        }
        return region;
    }

    /** Column boundaries: every vertical line's position, near ones as one. */
    float[] columnEdges() {
        float[] at = new float[verticals.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = verticals.get(i).at();
        }
        return edges(at);
    }

    /** Row boundaries: every horizontal line's position, near ones as one. */
    float[] rowEdges() {
        float[] at = new float[horizontals.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = horizontals.get(i).at();
        }
        return edges(at);
    }

    static float[] edges(float[] at) {
        float[] sorted = at.clone();
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int n = 0;
        for (float a : sorted) {
            if (n == 0 || a - out[n - 1] >= MIN_SLOT) {
                out[n++] = a;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** True when another page's table has the same outer left and right edges: the same table, continued. */
    boolean sameWidthAs(TableRegion other) {
        return Math.abs(left - other.left) <= Lattice.REACH * 2 && Math.abs(right - other.right) <= Lattice.REACH * 2;
    }

    /**
     * The cells on the grid of {@code xs} (this table's own column edges, or those of the whole table it is a page
     * of) and its own row edges, in reading order: row by row, left to right.
     */
    List<GridCell> cells(float[] xs, float[] ys) {
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        boolean[][] taken = new boolean[rows][cols];
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int w = 1;
                while (c + w < cols && !taken[r][c + w] && !verticalBorder(xs[c + w], ys[r], ys[r + 1])) {
                    w++;
                }
                int h = 1;
                while (r + h < rows && openBelow(xs, ys, r + h, c, w, taken)) {
                    h++;
                }
                for (int i = r; i < r + h; i++) {
                    for (int j = c; j < c + w; j++) {
                        taken[i][j] = true;
                    }
                }
                cells.add(new GridCell(r, c, h, w));
            }
        }
        return cells;
    }

    /** True when grid row {@code r} continues the cell above over columns c..c+w-1: no border between them. */
    private boolean openBelow(float[] xs, float[] ys, int r, int c, int w, boolean[][] taken) {
        for (int j = c; j < c + w; j++) {
            if (taken[r][j] || horizontalBorder(ys[r], xs[j], xs[j + 1])) {
                return false;
            }
            if (j > c && verticalBorder(xs[j], ys[r], ys[r + 1])) {
                return false;
            }
        }
        return true;
    }

    /** A vertical line at x covers the middle of the span y0..y1. */
    private boolean verticalBorder(float x, float y0, float y1) {
        float mid = (y0 + y1) / 2;
        for (Ruling v : verticals) {
            if (Math.abs(v.at() - x) <= Rulings.SNAP && v.covers(mid, 0)) {
                return true;
            }
        }
        return false;
    }

    /** A horizontal line at y covers the middle of the span x0..x1. */
    private boolean horizontalBorder(float y, float x0, float x1) {
        float mid = (x0 + x1) / 2;
        for (Ruling h : horizontals) {
            if (Math.abs(h.at() - y) <= Rulings.SNAP && h.covers(mid, 0)) {
                return true;
            }
        }
        return false;
    }
}

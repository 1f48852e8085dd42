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

    /**
     * Column boundaries: every vertical line's position, near ones as one, and the table's outer edges (many
     * official tables leave their left and right sides open, and the first and last columns are columns still).
     */
    float[] columnEdges() {
        float[] at = new float[verticals.size() + 2];
        for (int i = 0; i < verticals.size(); i++) {
            at[i] = verticals.get(i).at();
        }
        at[at.length - 2] = left;
        at[at.length - 1] = right;
        return edges(at);
    }

    /** Row boundaries: every horizontal line's position, near ones as one, and the table's top and bottom. */
    float[] rowEdges() {
        float[] at = new float[horizontals.size() + 2];
        for (int i = 0; i < horizontals.size(); i++) {
            at[i] = horizontals.get(i).at();
        }
        at[at.length - 2] = top;
        at[at.length - 1] = bottom;
        return edges(at);
    }

    /** The positions sorted, those closer than {@link #MIN_SLOT} to the one before dropped. */
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

    /** For each edge, the lines standing on it: a border test then looks at one or two lines, not all of them. */
    private static List<List<Ruling>> byEdge(List<Ruling> lines, float[] edges) {
        List<List<Ruling>> out = new ArrayList<>(edges.length);
        for (int i = 0; i < edges.length; i++) {
            out.add(new ArrayList<>());
        }
        for (Ruling r : lines) {
            int i = Arrays.binarySearch(edges, r.at());
            int near = i >= 0 ? i : Math.min(edges.length - 1, -i - 1);
            for (int k = Math.max(0, near - 1); k <= Math.min(edges.length - 1, near + 1); k++) {
                if (Math.abs(edges[k] - r.at()) <= MIN_SLOT) {
                    out.get(k).add(r);
                }
            }
        }
        return out;
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
        List<List<Ruling>> atX = byEdge(verticals, xs);
        List<List<Ruling>> atY = byEdge(horizontals, ys);
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
                while (c + w < cols && !taken[r][c + w] && !border(atX.get(c + w), ys[r], ys[r + 1])) {
                    w++;
                }
                int h = 1;
                while (r + h < rows && openBelow(atX, atY, xs, ys, r + h, c, w, taken)) {
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
    private static boolean openBelow(List<List<Ruling>> atX, List<List<Ruling>> atY, float[] xs, float[] ys, int r,
            int c, int w, boolean[][] taken) {
        for (int j = c; j < c + w; j++) {
            if (taken[r][j] || border(atY.get(r), xs[j], xs[j + 1])) {
                return false;
            }
            if (j > c && border(atX.get(j), ys[r], ys[r + 1])) {
                return false;
            }
        }
        return true;
    }

    /** One of the lines on an edge covers the middle of the span from..to along it. */
    private static boolean border(List<Ruling> onEdge, float from, float to) {
        float mid = (from + to) / 2;
        for (Ruling line : onEdge) {
            if (line.covers(mid, 0)) {
                return true;
            }
        }
        return false;
    }
}

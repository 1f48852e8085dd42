package io.planextract.read.ofd;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a ruled grid: each grid cell belongs to exactly one cell, a rectangle of grid cells with no rule
 * inside it. Built left to right, top to bottom: a cell reaches right while no vertical rule stops it, then down
 * while no horizontal rule crosses its whole width (how a reader's eye follows a merged cell).
 *
 * @param owner for each grid row and column, the index in {@code spans} of the cell covering it
 * @param spans the cells, in reading order of their top-left corners
 */
record GridCells(int[][] owner, List<Span> spans) {
    /** A cell: its top-left grid position and how many grid rows and columns it covers. */
    record Span(int row, int col, int rowSpan, int colSpan) {
    }

    /**
     * @param vRule [row][edge]: a vertical rule runs along edge {@code edge} (0..cols) of grid row {@code row}
     * @param hRule [edge][col]: a horizontal rule runs along edge {@code edge} (0..rows) of grid column {@code col}
     */
    static GridCells of(boolean[][] vRule, boolean[][] hRule) {
        int rows = vRule.length;
        int cols = hRule[0].length;
        int[][] owner = new int[rows][cols];
        for (int[] r : owner) {
            java.util.Arrays.fill(r, -1);
        }
        List<Span> spans = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int w = 1;
                while (c + w < cols && !vRule[r][c + w] && owner[r][c + w] < 0) {
                    w++;
                }
                int h = 1;
                while (r + h < rows && open(hRule[r + h], vRule[r + h], owner[r + h], c, w)) {
                    h++;
                }
                int index = spans.size();
                spans.add(new Span(r, c, h, w));
                for (int rr = r; rr < r + h; rr++) {
                    for (int cc = c; cc < c + w; cc++) {
                        owner[rr][cc] = index;
                    }
                }
            }
        }
        return new GridCells(owner, spans);
    }

    /**
     * True when the cell may grow into the next grid row: no rule along its top edge there, no rule inside its
     * width there, and nothing of that row's span already taken.
     */
    private static boolean open(boolean[] hEdge, boolean[] vRow, int[] taken, int c, int w) {
        for (int cc = c; cc < c + w; cc++) {
            if (hEdge[cc] || taken[cc] >= 0) {
                return false;
            }
            if (cc > c && vRow[cc]) {
                return false;
            }
        }
        return true;
    }
}

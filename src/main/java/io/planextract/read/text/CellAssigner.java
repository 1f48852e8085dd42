package io.planextract.read.text;

import io.planextract.read.text.RoleLabels.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts pieces of text with no separator between cells (paragraphs, or words between spaces) into the columns their
 * contents fit, left to right. A piece may stay in the column of the piece before it when both are of the same kind
 * (one cell's units over several paragraphs, a requirement over several), or move right, skipping the columns a
 * merged cell left empty; a piece that fits nothing further right starts the next row.
 */
final class CellAssigner {
    /** The row being filled: each column's pieces and the line of its first piece. */
    static final class Row {
        final List<List<String>> cells = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        int column = -1;
        CellPlacer.Kind lastKind;
        int filled;
        int line;

        Row(int width, int line) {
            for (int c = 0; c < width; c++) {
                cells.add(new ArrayList<>());
                lines.add(line);
            }
            this.line = line;
        }

        void put(int c, String text, CellPlacer.Kind kind, int atLine) {
            if (cells.get(c).isEmpty()) {
                filled++;
                lines.set(c, atLine);
            }
            cells.get(c).add(text);
            column = c;
            lastKind = kind;
        }

        boolean isEmpty() {
            return filled == 0;
        }

        RawRow raw() {
            return new RawRow(cells, line, lines);
        }
    }

    private CellAssigner() {
    }

    /** Never a column: a piece that fits none scores this, so any placement that fits beats it. */
    private static final int NO_FIT = -100;

    /**
     * The columns of a whole row's pieces at once (words between spaces): left to right, a piece staying in the
     * column of the piece before it only where both are of the same kind (one cell's units or a name printed with a
     * space, {@code 汪  峰}), each scored by how its kind fits the column, and the best total kept. Unlike placing one
     * piece at a time, a short word is not sent to the last column that takes it when the words after it need the
     * columns between. Ties go to the left. Null where no placement fits every piece.
     */
    static int[] columns(List<CellPlacer.Kind> kinds, List<Role> roles) {
        int n = kinds.size();
        int w = roles.size();
        if (n == 0 || w == 0) {
            return new int[0];
        }
        long[][] best = new long[n][w];
        int[][] from = new int[n][w];
        for (long[] row : best) {
            java.util.Arrays.fill(row, Long.MIN_VALUE / 4);
        }
        for (int c = 0; c < w; c++) {
            best[0][c] = fit(kinds.get(0), roles.get(c));
        }
        for (int i = 1; i < n; i++) {
            CellPlacer.Kind kind = kinds.get(i);
            long runBest = Long.MIN_VALUE / 4;
            int runFrom = -1;
            for (int c = 0; c < w; c++) {
                int f = fit(kind, roles.get(c));
                long candidate = runBest;
                int candidateFrom = runFrom;
                boolean stay = kind == kinds.get(i - 1) && kind != CellPlacer.Kind.SEQ
                        && kind != CellPlacer.Kind.DEADLINE;
                if (stay && best[i - 1][c] - 1 > candidate) {
                    candidate = best[i - 1][c] - 1;
                    candidateFrom = c;
                }
                if (candidateFrom >= 0) {
                    best[i][c] = candidate + f;
                    from[i][c] = candidateFrom;
                }
                if (best[i - 1][c] > runBest) {
                    runBest = best[i - 1][c];
                    runFrom = c;
                }
            }
        }
        int end = 0;
        for (int c = 1; c < w; c++) {
            if (best[n - 1][c] > best[n - 1][end]) {
                end = c;
            }
        }
        if (best[n - 1][end] <= NO_FIT / 2) {
            return null;
        }
        int[] out = new int[n];
        out[n - 1] = end;
        for (int i = n - 1; i > 0; i--) {
            out[i - 1] = from[i][out[i]];
        }
        return out;
    }

    private static int fit(CellPlacer.Kind kind, Role role) {
        int s = CellPlacer.score(kind, role);
        return s < 0 ? NO_FIT : s;
    }

    /** The column for a piece of {@code kind} after the row's last piece: its own, one to the right, or -1. */
    static int column(CellPlacer.Kind kind, List<Role> roles, Row row) {
        int c = row.column;
        int stay = Integer.MIN_VALUE;
        if (c >= 0 && kind == row.lastKind && kind != CellPlacer.Kind.SEQ && kind != CellPlacer.Kind.DEADLINE
                && CellPlacer.score(kind, roles.get(c)) > 0) {
            stay = CellPlacer.score(kind, roles.get(c)) - 1;
        }
        int best = -1;
        int bestScore = 0;
        for (int j = c + 1; j < roles.size(); j++) {
            int s = CellPlacer.score(kind, roles.get(j));
            if (s > bestScore) {
                best = j;
                bestScore = s;
            }
        }
        if (best >= 0 && bestScore > stay) {
            return best;
        }
        return stay > Integer.MIN_VALUE ? c : -1;
    }
}

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

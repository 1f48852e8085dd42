package io.planextract.read.sheet;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * One table's rows without the sheet columns it leaves empty. The rows of a sheet share the sheet's columns, so a
 * narrower second table on the sheet would carry the first one's extra columns, blank in every row, and look like
 * neither the table it is nor a continuation of the first.
 */
final class UsedColumns {
    private UsedColumns() {
    }

    static List<Row> of(List<Row> rows) {
        int width = 0;
        for (Row r : rows) {
            width = Math.max(width, r.width());
        }
        // a column is used where a cell starting in it shows something or continues a merge
        boolean[] used = new boolean[width];
        for (Row r : rows) {
            int g = 0;
            for (Cell c : r.cells()) {
                if (c.continued() || !c.isBlank()) {
                    used[g] = true;
                }
                g += c.colSpan();
            }
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Cell> cells = new ArrayList<>(r.cells().size());
            int g = 0;
            for (Cell c : r.cells()) {
                int span = 0;
                for (int k = g; k < g + c.colSpan(); k++) {
                    span += used[k] ? 1 : 0;
                }
                if (span > 0) {
                    cells.add(span == c.colSpan() ? c : new Cell(c.paragraphs(), span, c.continued(), c.line()));
                }
                g += c.colSpan();
            }
            out.add(new Row(cells));
        }
        return out;
    }
}

package io.planextract.table;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import java.util.ArrayList;
import java.util.List;

/** Small tables for tests: rows of strings, {@code "^"} for a real vertical merge, {@code "<"} for a cell spanning on. */
final class Tables {
    private Tables() {
    }

    static Table text(String[]... rows) {
        return build(false, rows);
    }

    static Table exact(String[]... rows) {
        return build(true, rows);
    }

    static String[] row(String... cells) {
        return cells;
    }

    private static Table build(boolean exact, String[]... rows) {
        List<Row> out = new ArrayList<>();
        for (String[] r : rows) {
            List<Cell> cells = new ArrayList<>();
            for (String c : r) {
                if (c.equals("^")) {
                    cells.add(Cell.continuation());
                } else if (c.equals("<")) {
                    Cell last = cells.remove(cells.size() - 1);
                    cells.add(new Cell(last.paragraphs(), last.colSpan() + 1, false, 0));
                } else {
                    cells.add(new Cell(List.of(c.split("\\|", -1)), 1, false, 0));
                }
            }
            out.add(new Row(cells));
        }
        return new Table(out, exact, 0);
    }
}

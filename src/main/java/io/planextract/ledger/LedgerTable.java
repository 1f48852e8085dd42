package io.planextract.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a ledger file: a sheet of a workbook, or the whole of a CSV file.
 *
 * @param name   the sheet's name (unused for CSV)
 * @param header the headings
 * @param rows   the cells, row by row: a {@link String}, a {@link Number}, a {@link java.time.LocalDate} (a date
 *               cell in XLSX), a {@link Link}, or null for an empty cell
 * @param widths each column's width in characters
 */
record LedgerTable(String name, List<String> header, List<List<Object>> rows, List<Integer> widths) {

    LedgerTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        widths = List.copyOf(widths);
        if (widths.size() != header.size()) {
            throw new IllegalArgumentException("one width per column");
        }
    }

    /**
     * A cell that opens another file of the ledgers: a hyperlink in XLSX, its text in CSV.
     *
     * @param text   what the cell shows
     * @param target the file, relative to the workbook's folder, with {@code /} between folders
     */
    record Link(String text, String target) {
    }

    /** The cells of a row with nulls allowed (List.of refuses them). */
    static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }
}

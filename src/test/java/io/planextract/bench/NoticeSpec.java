package io.planextract.bench;

import java.util.List;

/**
 * A made-up notice with a task table, rendered by {@link NoticeRenderer} into every input format.
 *
 * @param header  the table's header labels; when {@code taskSpan} is true the second label spans two columns
 *                (first-level section and task), as in the real zhoucun-2025 table
 * @param rows    task rows; a row's {@code section} is non-null only on the first row of its section, the way a
 *                merged cell reads
 */
public record NoticeSpec(String issuer, String docNumber, String title, String date, String addressees,
        String tableTitle, List<String> header, boolean taskSpan, List<Row> rows) {

    /** One task row: its cells from left to right (after the sequence number). */
    public record Row(int seq, String section, List<String> cells) {
    }

    /** Columns of a data row, the sequence number included. */
    public int columns() {
        return rows.isEmpty() ? header.size() : rows.get(0).cells().size() + 2;
    }
}

package io.planextract.read;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import java.util.List;

/**
 * Word splits a long table into several when a page or section break falls inside it, repeating the header row
 * at the top of each part. Those parts are one table to the reader of the notice, and to us.
 */
public final class SplitTables {
    private SplitTables() {
    }

    /**
     * How many leading rows of {@code next} repeat the header of {@code first}, or -1 when {@code next} does not
     * continue {@code first}. A continuation covers the same grid and starts with rows marked as repeated
     * headers, or with the same header text.
     *
     * @param firstHeaderRows leading rows of {@code first} marked as headers (0 when unmarked: its first row counts)
     * @param nextHeaderRows  leading rows of {@code next} marked as headers
     */
    public static int repeatedHeader(List<Row> first, int firstHeaderRows, List<Row> next, int nextHeaderRows) {
        if (first.isEmpty() || next.isEmpty() || width(first) != width(next)) {
            return -1;
        }
        if (nextHeaderRows > 0) {
            return Math.min(nextHeaderRows, next.size());
        }
        int k = Math.max(1, firstHeaderRows);
        if (next.size() < k || first.size() < k) {
            return -1;
        }
        for (int i = 0; i < k; i++) {
            String a = key(first.get(i));
            if (a.isEmpty() || !a.equals(key(next.get(i)))) {
                return -1;
            }
        }
        return k;
    }

    private static int width(List<Row> rows) {
        int w = 0;
        for (Row r : rows) {
            w = Math.max(w, r.width());
        }
        return w;
    }

    /** A row's text and spans, blind to whitespace; empty when the row holds no text at all. */
    private static String key(Row row) {
        StringBuilder text = new StringBuilder();
        StringBuilder spans = new StringBuilder();
        for (Cell c : row.cells()) {
            spans.append(c.colSpan()).append(c.continued() ? '^' : ':');
            for (String p : c.paragraphs()) {
                text.append(p.replaceAll("[\\s\\u3000\\u00a0]+", ""));
            }
            text.append('|');
        }
        return text.toString().replace("|", "").isEmpty() ? "" : spans + "/" + text;
    }
}

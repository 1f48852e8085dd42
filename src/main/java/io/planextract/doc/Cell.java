package io.planextract.doc;

import java.util.List;

/**
 * A table cell as a reader found it.
 *
 * @param paragraphs the cell's paragraphs, raw (empty ones kept: the text reader needs them to cut rows)
 * @param colSpan    how many grid columns the cell covers (1 for text dumps, which cannot tell)
 * @param continued  true only where the format says the cell continues a vertical merge from the row above
 *                   (DOCX {@code vMerge}, HTML {@code rowspan}, DOC); a text dump's blank cell is never continued,
 *                   because there a blank is ambiguous
 * @param line       1-based line of a text input where the cell starts, 0 where the format has no lines
 */
public record Cell(List<String> paragraphs, int colSpan, boolean continued, int line) {
    public Cell {
        paragraphs = List.copyOf(paragraphs);
        if (colSpan < 1) {
            colSpan = 1;
        }
    }

    public static Cell of(String text) {
        return new Cell(List.of(text), 1, false, 0);
    }

    public static Cell continuation() {
        return new Cell(List.of(), 1, true, 0);
    }

    /** True when no paragraph holds visible text. */
    public boolean isBlank() {
        for (String p : paragraphs) {
            if (!p.isBlank()) {
                return false;
            }
        }
        return true;
    }
}

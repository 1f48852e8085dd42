package io.planextract.doc;

import java.util.List;

/**
 * A table as a reader found it.
 *
 * @param rows         rows in order; a row under a vertical merge holds a {@link Cell#continued()} cell there
 * @param exactMerges  true where the format states merges exactly (DOCX, DOC, HTML); false for text dumps,
 *                     where a blank cell may be a merge or really empty
 * @param line         1-based line where the table starts in a text input, 0 otherwise
 */
public record Table(List<Row> rows, boolean exactMerges, int line) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }
}

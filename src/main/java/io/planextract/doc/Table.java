package io.planextract.doc;

import java.util.List;

/**
 * A table as a reader found it.
 *
 * @param rows         rows in order; a row under a vertical merge holds a {@link Cell#continued()} cell there
 * @param exactMerges  true where the format states merges exactly (DOCX, DOC, HTML); false for text dumps,
 *                     where a blank cell may be a merge or really empty
 * @param line         1-based line where the table starts in a text input, 0 otherwise
 * @param score        how well this reading of pasted text fits ({@link ReadingScore#stated()} where the format
 *                     states the table), for weighing it against other readings of the same lines
 */
public record Table(List<Row> rows, boolean exactMerges, int line, ReadingScore score) implements Block {
    public Table {
        rows = List.copyOf(rows);
        if (score == null) {
            score = ReadingScore.stated();
        }
    }

    public Table(List<Row> rows, boolean exactMerges, int line) {
        this(rows, exactMerges, line, ReadingScore.stated());
    }
}

package io.planextract.read.text;

import java.util.List;

/**
 * One way of reading lines of pasted text as a table: the rows it gives and where it stops.
 *
 * @param reading the dialect, and the variant where a dialect offers several ({@code cell-per-line/序号前1格})
 * @param rows    the rows, header included
 * @param end     0-based line after the last one the reading takes
 */
record Candidate(String reading, List<RawRow> rows, int end) {
    Candidate {
        rows = List.copyOf(rows);
    }
}

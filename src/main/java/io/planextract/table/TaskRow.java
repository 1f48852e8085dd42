package io.planextract.table;

import java.util.List;
import java.util.Map;

/**
 * A task row after merges and blanks are settled: each field's text (units with their line breaks, other text
 * run on; numbering still in titles), the fields taken from a row above, and where the row stands.
 *
 * @param row  1-based data row of the table (header rows not counted, section rows counted)
 * @param line 1-based line of a text input, 0 otherwise
 */
public record TaskRow(
        int row,
        int line,
        String seq,
        String section,
        String task,
        String requirement,
        String lead,
        String responsible,
        String deadline,
        Map<String, String> extra,
        List<String> inherited) {

    public TaskRow {
        extra = Map.copyOf(extra);
        inherited = List.copyOf(inherited);
    }
}

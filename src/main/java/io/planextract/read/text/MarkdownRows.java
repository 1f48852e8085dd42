package io.planextract.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown tables: {@code | a | b |} with a {@code |---|---|} rule under the header; {@code <br>} breaks a cell's
 * paragraphs and {@code \|} is a bar inside a cell. The table ends at the first line that is no row, or at an empty
 * line followed by another Markdown header.
 */
final class MarkdownRows implements Dialect {
    @Override
    public List<Candidate> read(String[] lines, int start) {
        if (!PipeRows.isPipeRow(lines[start]) || PipeRows.isMarkdownRule(lines, start)
                || !PipeRows.isMarkdownRule(lines, start + 1)) {
            return List.of();
        }
        List<RawRow> rows = new ArrayList<>();
        int end = PipeRows.readRows(lines, start, rows);
        return List.of(new Candidate("markdown", rows, end));
    }
}

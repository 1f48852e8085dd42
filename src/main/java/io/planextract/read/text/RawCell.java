package io.planextract.read.text;

import java.util.ArrayList;
import java.util.List;

/** A cell of a text dump while it is being read: its lines as they stand, the first one without its TAB. */
final class RawCell {
    private final int line;
    private final List<String> lines = new ArrayList<>();

    RawCell(int line) {
        this.line = line;
    }

    void add(String text) {
        lines.add(text);
    }

    int line() {
        return line;
    }

    /** True when the cell is followed by an empty line: a row may end here. */
    boolean endsWithEmptyLine() {
        return lines.size() >= 2 && lines.get(lines.size() - 1).isBlank();
    }

    /** The cell's paragraphs without the empty lines that follow it. */
    List<String> paragraphs() {
        int end = lines.size();
        while (end > 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(lines.subList(0, end));
    }

    /** The first non-empty paragraph, trimmed, or an empty string. */
    String firstText() {
        for (String l : lines) {
            if (!l.isBlank()) {
                return l.strip();
            }
        }
        return "";
    }
}

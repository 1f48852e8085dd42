package io.planextract.read.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table row as a reading of pasted text gives it, before it becomes a {@link io.planextract.doc.Row}: its cells'
 * paragraphs, its line, and each cell's line (all 1-based).
 */
record RawRow(List<List<String>> cells, int line, List<Integer> cellLines) {
    RawRow {
        cells = List.copyOf(cells);
        cellLines = List.copyOf(cellLines);
    }

    RawRow(List<List<String>> cells, int line) {
        this(cells, line, Collections.nCopies(cells.size(), line));
    }

    int cellLine(int k) {
        return k < cellLines.size() ? cellLines.get(k) : line;
    }

    int size() {
        return cells.size();
    }

    /** The cell's paragraphs run together. */
    String text(int k) {
        return String.join("", cells.get(k));
    }

    boolean isBlank(int k) {
        return text(k).isBlank();
    }

    /** One row of the given single-cell rows, each becoming a cell. */
    static RawRow merge(List<RawRow> singles) {
        List<List<String>> row = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (RawRow c : singles) {
            row.add(c.cells().get(0));
            lines.add(c.line());
        }
        return new RawRow(row, singles.get(0).line(), lines);
    }

    /** This row without cell {@code k}. */
    RawRow without(int k) {
        List<List<String>> c = new ArrayList<>(cells);
        List<Integer> l = new ArrayList<>(cellLines);
        c.remove(k);
        if (k < l.size()) {
            l.remove(k);
        }
        return new RawRow(c, line, l);
    }

    /** This row with cell {@code k} moved to the front. */
    RawRow movedToFront(int k) {
        List<List<String>> c = new ArrayList<>(cells);
        List<Integer> l = new ArrayList<>(cellLines);
        c.add(0, c.remove(k));
        if (k < l.size()) {
            l.add(0, l.remove(k));
        }
        return new RawRow(c, line, l);
    }
}

package io.planextract.doc;

import java.util.List;

/** A table row: its cells from left to right, each covering {@link Cell#colSpan()} grid columns. */
public record Row(List<Cell> cells) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** Grid columns this row covers. */
    public int width() {
        int w = 0;
        for (Cell c : cells) {
            w += c.colSpan();
        }
        return w;
    }
}

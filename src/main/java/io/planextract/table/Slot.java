package io.planextract.table;

import java.util.List;

/**
 * One grid position of a data row. {@code OWN} is the row's own cell (perhaps blank); {@code CONTINUED} a real
 * vertical merge from above; {@code COVERED} the right part of a cell spanning from the left; {@code ABSENT} a
 * cell missing at the end of a truncated row, which behaves like a blank one.
 */
record Slot(Kind kind, List<String> paragraphs, int line) {
    enum Kind { OWN, CONTINUED, COVERED, ABSENT }

    static final Slot ABSENT = new Slot(Kind.ABSENT, List.of(), 0);
    static final Slot COVERED = new Slot(Kind.COVERED, List.of(), 0);
    static final Slot CONTINUED = new Slot(Kind.CONTINUED, List.of(), 0);

    /** True for a text blank: an own cell with nothing in it, or a missing one. */
    boolean blank() {
        return (kind == Kind.OWN || kind == Kind.ABSENT) && paragraphs.isEmpty();
    }
}

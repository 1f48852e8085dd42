package io.planextract.table;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import io.planextract.grammar.NumberingMark;
import java.util.ArrayList;
import java.util.List;

/** A data row laid out on the table's grid columns, plus any cells beyond the grid. */
record GridRow(List<Slot> slots, List<List<String>> overflow, int line, boolean spansTable) {

    static GridRow of(Row row, int width, boolean exactMerges) {
        List<Slot> slots = new ArrayList<>(width);
        List<List<String>> overflow = new ArrayList<>();
        int line = 0;
        for (Cell cell : row.cells()) {
            line = line == 0 ? cell.line() : line;
            if (cell.continued()) {
                for (int k = 0; k < cell.colSpan(); k++) {
                    add(slots, overflow, width, Slot.CONTINUED, List.of());
                }
                continue;
            }
            List<String> paragraphs = CellText.paragraphs(cell);
            add(slots, overflow, width, new Slot(Slot.Kind.OWN, paragraphs, cell.line()), paragraphs);
            for (int k = 1; k < cell.colSpan(); k++) {
                add(slots, overflow, width, Slot.COVERED, List.of());
            }
        }
        // A text dump prints a cell spanning the table once: a lone cell in a wide table spans it.
        boolean loneTextCell = !exactMerges && row.cells().size() == 1 && width > 2;
        while (slots.size() < width) {
            slots.add(loneTextCell ? Slot.COVERED : Slot.ABSENT);
        }
        return new GridRow(List.copyOf(slots), List.copyOf(overflow), line, spans(slots));
    }

    private static void add(List<Slot> slots, List<List<String>> overflow, int width, Slot slot,
            List<String> paragraphs) {
        if (slots.size() < width) {
            slots.add(slot);
        } else if (!paragraphs.isEmpty()) {
            overflow.add(paragraphs);
        }
    }

    /** One filled cell whose span covers the row: a section heading, not a task. */
    private static boolean spans(List<Slot> slots) {
        int filled = 0;
        int covered = 0;
        for (Slot s : slots) {
            if (s.kind() == Slot.Kind.OWN && !s.paragraphs().isEmpty()) {
                filled++;
            } else if (s.kind() == Slot.Kind.COVERED) {
                covered++;
            } else if (!s.blank()) {
                return false;
            }
        }
        return filled == 1 && slots.size() > 2 && covered * 2 >= slots.size() - 1;
    }

    /**
     * A row with a single filled cell holding a numbered heading, the rest empty: a section heading typed into an
     * unmerged row, as many writers leave it.
     */
    boolean isLoneHeading() {
        int filled = 0;
        String text = null;
        for (Slot s : slots) {
            if (s.kind() == Slot.Kind.CONTINUED) {
                return false;
            }
            if (!s.paragraphs().isEmpty()) {
                filled++;
                text = String.join("", s.paragraphs());
            }
        }
        return filled == 1 && overflow.isEmpty() && Headings.level(text) > 0;
    }

    /**
     * A section written across two cells, its number in the 序号 column ({@code 一}) and its title beside it, the
     * rest empty; returns the heading as one text ({@code 一、title}), or null.
     */
    String numberedTitleInSeqColumn(Header header) {
        int seq = -1;
        for (int i = 0; i < header.width(); i++) {
            if (header.columns().get(i).role() == ColumnRole.SEQ) {
                seq = i;
                break;
            }
        }
        if (seq < 0 || seq + 1 >= slots.size()) {
            return null;
        }
        String number = String.join("", slots.get(seq).paragraphs()).replaceAll("[、.．\\s]+$", "");
        if (NumberingMark.chineseNumber(number) < 0) {
            return null;
        }
        String title = null;
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (i == seq || s.paragraphs().isEmpty()) {
                continue;
            }
            if (title != null || s.kind() == Slot.Kind.CONTINUED) {
                return null;
            }
            title = String.join("", s.paragraphs());
        }
        return title == null ? null : number + "、" + title;
    }

    boolean isEmpty() {
        for (Slot s : slots) {
            if (!s.paragraphs().isEmpty()) {
                return false;
            }
        }
        return overflow.isEmpty();
    }

    /** The text of the filled cell of a spanning row. */
    List<String> spanningText() {
        for (Slot s : slots) {
            if (!s.paragraphs().isEmpty()) {
                return s.paragraphs();
            }
        }
        return List.of();
    }
}

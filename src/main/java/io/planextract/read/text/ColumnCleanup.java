package io.planextract.read.text;

import io.planextract.normalize.TextCleaner;
import io.planextract.read.text.RoleLabels.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settles columns a copy adds or leaves unlabelled, before a reading's rows become a table: empty cells run on past
 * the header by spans, an empty first column (a layout margin), and a column of numbers under an empty header cell
 * (the unlabelled 序号), which moves to the front where the table engine looks for it.
 */
final class ColumnCleanup {
    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");

    private ColumnCleanup() {
    }

    /** Rows without the empty cells they run on with past the header (a span's empty cells, {@code | ||}). */
    static List<RawRow> withinHeader(List<RawRow> rows, int headerWidth) {
        List<RawRow> out = new ArrayList<>(rows.size());
        for (RawRow row : rows) {
            RawRow r = row;
            while (r.size() > headerWidth && r.isBlank(r.size() - 1)) {
                r = r.without(r.size() - 1);
            }
            out.add(r);
        }
        return out;
    }

    /** A first column empty in the header and in every row that has it: a layout margin, not a column. */
    static List<RawRow> withoutLeadingBlankColumn(List<RawRow> rows, int headerAt, int width) {
        if (width < 3 || rows.get(headerAt).size() < 2 || !rows.get(headerAt).isBlank(0)) {
            return rows;
        }
        for (int r = headerAt; r < rows.size(); r++) {
            RawRow row = rows.get(r);
            if (row.size() == width && !row.isBlank(0)) {
                return rows;
            }
        }
        List<RawRow> out = new ArrayList<>(rows.subList(0, headerAt));
        for (RawRow row : rows.subList(headerAt, rows.size())) {
            out.add(row.size() > 1 && row.isBlank(0) ? row.without(0) : row);
        }
        return out;
    }

    /**
     * A column of numbers (in most full rows) under an empty header cell, or left of a header one cell narrower than
     * the rows: the 序号 the header left unlabelled. -1 where there is none, or the header labels a 序号.
     */
    static int numbersColumn(List<RawRow> rows, int headerAt, int width) {
        RawRow header = rows.get(headerAt);
        for (int k = 0; k < header.size(); k++) {
            if (RoleLabels.of(TextCleaner.strip(header.text(k))) == Role.SEQ) {
                return -1;
            }
        }
        for (int c = 0; c < Math.min(width, header.size() + 1); c++) {
            boolean unlabelled = c < header.size() ? header.isBlank(c) : false;
            boolean narrowHeader = header.size() == width - 1 && (c >= header.size() || !header.isBlank(c));
            if ((unlabelled || narrowHeader) && mostlyNumbers(rows, headerAt, width, c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean mostlyNumbers(List<RawRow> rows, int headerAt, int width, int c) {
        int full = 0;
        int numbered = 0;
        for (int r = headerAt + 1; r < rows.size(); r++) {
            RawRow row = rows.get(r);
            if (row.size() == width) {
                full++;
                if (SEQ.matcher(TextCleaner.strip(row.text(c))).matches()) {
                    numbered++;
                }
            }
        }
        return numbered >= 1 && numbered * 10 >= full * 8;
    }

    /** The unlabelled number column first in every full row, its empty header cell gone. */
    static List<RawRow> numbersToFront(List<RawRow> rows, int headerAt, int c, int width) {
        RawRow header = rows.get(headerAt);
        if (c < header.size() && header.isBlank(c)) {
            header = header.without(c);
        }
        List<RawRow> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            RawRow row = rows.get(r);
            if (r == headerAt) {
                out.add(header);
            } else if (r > headerAt && c > 0 && row.size() == width) {
                out.add(row.movedToFront(c));
            } else {
                out.add(row);
            }
        }
        return out;
    }
}

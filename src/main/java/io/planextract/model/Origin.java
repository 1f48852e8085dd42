package io.planextract.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a value came from: table and row (1-based, header rows not counted, section rows counted), or the
 * paragraph for prose, and the line of a text input. Absent parts are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Origin(Integer table, Integer row, Integer paragraph, Integer line) {

    public static Origin ofRow(int table, int row, int line) {
        return new Origin(table, row, null, line > 0 ? line : null);
    }

    public static Origin ofTable(int table) {
        return new Origin(table, null, null, null);
    }

    public static Origin ofParagraph(int paragraph, int line) {
        return new Origin(null, null, paragraph, line > 0 ? line : null);
    }

    public static Origin ofLine(int line) {
        return new Origin(null, null, null, line > 0 ? line : null);
    }

    /**
     * A short key naming the single row (table and row) or paragraph an origin points at, so that tasks and the
     * warnings about them can be matched; null when it points at no single row.
     */
    public static String rowKey(Origin o) {
        if (o == null) {
            return null;
        }
        if (o.table() != null && o.row() != null) {
            return "t" + o.table() + "r" + o.row();
        }
        if (o.table() == null && o.paragraph() != null) {
            return "p" + o.paragraph();
        }
        return null;
    }

    public static Origin none() {
        return new Origin(null, null, null, null);
    }
}

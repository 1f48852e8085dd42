package io.planextract.doc;

import java.util.Locale;

/**
 * How well a reading of pasted text as a table fits, in parts a reviewer can check, each from 0 to 1.
 * The text reader keeps the reading with the best {@link #total()}; a later stage may weigh a table against a prose
 * reading of the same lines with it. Formats that state their tables (DOCX, DOC, HTML, a Tika dump) carry
 * {@link #stated()}.
 *
 * @param reading     the dialect that gave the reading ({@code pipe-rows}, {@code cell-per-line}, ...)
 * @param headerFit   share of the header's filled cells that are known role labels (0 without a header)
 * @param columnTypes share of sampled cells that hold what their column's role expects: rising numbers under
 *                    序号, unit names under unit columns, deadlines under the deadline, longer text under the
 *                    requirement and the task
 * @param widths      share of rows as wide as the table
 * @param placement   how well the cells of shorter rows fit the columns they were placed in (1 when none was)
 */
public record ReadingScore(String reading, double headerFit, double columnTypes, double widths, double placement) {
    public static final double HEADER_WEIGHT = 3;
    public static final double TYPES_WEIGHT = 4;
    public static final double WIDTHS_WEIGHT = 2;
    public static final double PLACEMENT_WEIGHT = 1;

    private static final ReadingScore STATED = new ReadingScore("stated", 1, 1, 1, 1);

    /** The weighted mean of the parts, from 0 to 1. */
    public double total() {
        return (HEADER_WEIGHT * headerFit + TYPES_WEIGHT * columnTypes + WIDTHS_WEIGHT * widths
                + PLACEMENT_WEIGHT * placement) / (HEADER_WEIGHT + TYPES_WEIGHT + WIDTHS_WEIGHT + PLACEMENT_WEIGHT);
    }

    /** The score of a table the format states: nothing was guessed. */
    public static ReadingScore stated() {
        return STATED;
    }

    /** One line for a warning: {@code pipe-rows 0.82（表头 1.00，列内容 0.70，行宽 0.90，短行 1.00）}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %.2f（表头 %.2f，列内容 %.2f，行宽 %.2f，短行 %.2f）", reading, total(),
                headerFit, columnTypes, widths, placement);
    }
}

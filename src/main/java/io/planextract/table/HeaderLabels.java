package io.planextract.table;

import io.planextract.grammar.HeaderWords;

/**
 * Column roles from header labels (RULES §2): the words are the grammar's ({@link HeaderWords}), shared with the
 * text readers; this maps them onto the table engine's {@link ColumnRole}.
 */
public final class HeaderLabels {
    private HeaderLabels() {
    }

    /**
     * The role a label names: {@link ColumnRole#EXTRA} for a known header word that assigns nothing (people, progress,
     * remarks), null for a word that is no header label (such a column is kept under {@code extra} too).
     */
    public static ColumnRole classify(String label) {
        HeaderWords.Column c = HeaderWords.classify(label);
        return c == null ? null : ColumnRole.valueOf(c.name());
    }

    /** True for labels of helping units, which yield the lead to a plain 责任单位 column. */
    public static boolean isAssisting(String label) {
        return HeaderWords.isAssisting(label);
    }
}

package io.planextract.table;

import io.planextract.grammar.NumberingMark;
import io.planextract.grammar.NumberingStyle;

/**
 * Heading levels by their numbering (the grammar's {@link NumberingStyle}): {@code 一、} or {@code 第一部分} is a
 * section, {@code （一）} a task group.
 */
final class Headings {
    private Headings() {
    }

    /** 1 for a section heading, 2 for a task group heading, 0 for text without heading numbering. */
    static int level(String text) {
        NumberingMark mark = text == null ? null : NumberingMark.at(text, 0);
        if (mark == null) {
            return 0;
        }
        if (mark.style().isSection()) {
            return 1;
        }
        return mark.style() == NumberingStyle.CHINESE_PAREN ? 2 : 0;
    }
}

package io.planextract.table;

import java.util.regex.Pattern;

/** Heading levels by their numbering: {@code 一、} or {@code 第一部分} is a section, {@code （一）} a task group. */
final class Headings {
    private static final Pattern SECTION = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|第[一二三四五六七八九十]{1,3}部分).*", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)].*", Pattern.DOTALL);

    private Headings() {
    }

    /** 1 for a section heading, 2 for a task group heading, 0 for text without heading numbering. */
    static int level(String text) {
        if (text == null) {
            return 0;
        }
        if (SECTION.matcher(text).matches()) {
            return 1;
        }
        return GROUP.matcher(text).matches() ? 2 : 0;
    }
}

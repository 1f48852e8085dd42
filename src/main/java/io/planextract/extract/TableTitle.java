package io.planextract.extract;

import java.util.regex.Pattern;

/** A table's title is the line just above it, when that line reads like a title rather than body text. */
final class TableTitle {
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d*\\s*[：:]?\\s*");
    private static final int LONGEST = 80;

    private TableTitle() {
    }

    static String of(String lineAbove) {
        if (lineAbove == null) {
            return null;
        }
        String t = ATTACHMENT.matcher(lineAbove).replaceFirst("");
        if (t.isEmpty() || t.length() > LONGEST || t.endsWith("。") || t.endsWith("：")) {
            return null;
        }
        return t;
    }
}

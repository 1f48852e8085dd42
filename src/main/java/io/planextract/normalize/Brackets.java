package io.planextract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Splitting text only where it stands outside brackets and quotes, which hold parts of one name. */
final class Brackets {
    private static final String OPEN = "（(〔【“《[［{";
    private static final String CLOSE = "）)〕】”》]］}";

    private Brackets() {
    }

    /** The pieces between separators that stand at bracket depth zero, trimmed, empty ones dropped. */
    static List<String> split(String text, IntPredicate separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && separator.test(c)) {
                add(parts, text.substring(from, i));
                from = i + 1;
            }
        }
        add(parts, text.substring(from));
        return parts;
    }

    /** Index of {@code target} at bracket depth zero at or after {@code from}, or -1. */
    static int indexOutside(String text, String target, int from) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && i >= from && text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<String> parts, String piece) {
        String p = TextCleaner.strip(piece);
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}

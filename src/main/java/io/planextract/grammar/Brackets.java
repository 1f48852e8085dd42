package io.planextract.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The bracket pairs of notices, in two families. {@link #OPEN}/{@link #CLOSE} enclose a responsibility marker or a
 * note ({@code （）()〔〕【】[]［］{}｛｝}); {@link #NAME_OPEN}/{@link #NAME_CLOSE} also count quotes and title marks
 * ({@code “”《》}), because a unit list is never split inside them ({@code “七大会战”牵头部门}) while a marker is
 * never opened by them.
 */
public final class Brackets {
    public static final String OPEN = "（(〔【[［{｛";
    public static final String CLOSE = "）)〕】]］}｝";
    public static final String NAME_OPEN = "（(〔【“《[［{｛";
    public static final String NAME_CLOSE = "）)〕】”》]］}｝";

    private Brackets() {
    }

    public static boolean isOpen(char c) {
        return OPEN.indexOf(c) >= 0;
    }

    public static boolean isClose(char c) {
        return CLOSE.indexOf(c) >= 0;
    }

    /** The pieces between separators that stand outside every bracket and quote, trimmed, empty ones dropped. */
    public static List<String> split(String text, IntPredicate separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (NAME_OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (NAME_CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && separator.test(c)) {
                add(parts, text.substring(from, i));
                from = i + 1;
            }
        }
        add(parts, text.substring(from));
        return parts;
    }

    /** Index of {@code target} outside every bracket and quote, at or after {@code from}, or -1. */
    public static int indexOutside(String text, String target, int from) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (NAME_OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (NAME_CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && i >= from && text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Trims spaces of every width (ASCII, ideographic, no-break, zero-width). */
    public static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** A space of any width: ASCII, ideographic, no-break, zero-width, a byte-order mark. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\ufeff' || c == '\u200b';
    }

    private static void add(List<String> parts, String piece) {
        String p = strip(piece);
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}

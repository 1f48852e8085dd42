package io.planextract.extract.prose;

import static io.planextract.extract.prose.ResponsibilityMarker.CLOSE;
import static io.planextract.extract.prose.ResponsibilityMarker.OPEN;

import io.planextract.grammar.DocumentNotes;
import io.planextract.grammar.RoleLabels;
import io.planextract.normalize.TextCleaner;

/**
 * How far a marker's brackets reach, tolerant of what people type: any closing bracket closes the innermost open
 * one, an outer bracket left open ends at the sentence, and a note after the marker's own full stop stays inside.
 */
final class MarkerGroup {
    /** The longest note a marker may carry after its first full stop ({@code 〔责任单位：X。…，下同。〕}). */
    private static final int NOTE_MAX = 80;

    private MarkerGroup() {
    }

    /** A bracket group as read, tolerant of mismatched and missing closing brackets. */
    record Group(int start, int end, String content, boolean closed) {
    }

    /**
     * Reads the bracket group that opens at {@code start}. Any closing bracket closes the innermost open one.
     * When the outermost one is never closed before the sentence ends ({@code （责任单位：〔…〕推动…。}), the group
     * ends after its first complete inner group if only a label stands before that, or at the sentence end if the
     * content starts with a label; otherwise it is no group (null).
     */
    static Group group(String text, int start) {
        int depth = 0;
        int firstInnerOpen = -1;
        int firstInnerClose = -1;
        int j = start;
        for (; j < text.length(); j++) {
            char c = text.charAt(j);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
                if (depth == 2 && firstInnerOpen < 0) {
                    firstInnerOpen = j;
                }
            } else if (CLOSE.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    return new Group(start, j + 1, text.substring(start + 1, j), true);
                }
                if (depth == 1 && firstInnerClose < 0) {
                    firstInnerClose = j + 1;
                }
            } else if (c == '。' && depth == 1) {
                int close = noteClose(text, start, j);
                if (close > 0) {
                    return new Group(start, close + 1, text.substring(start + 1, close), true);
                }
                break;
            }
        }
        if (firstInnerClose > 0) {
            String before = TextCleaner.strip(text.substring(start + 1, firstInnerOpen));
            if (before.isEmpty() || labelOnly(before)) {
                return new Group(start, firstInnerClose, text.substring(start + 1, firstInnerClose), false);
            }
        }
        String content = text.substring(start + 1, j);
        if (ResponsibilityMarker.startsWithLabel(content)) {
            return new Group(start, j, content, false);
        }
        return null;
    }

    /**
     * A marker whose units are followed by a note of its own after a full stop, {@code 〔责任单位：市应急局。各县（区）
     * 政府落实属地责任，下同。〕}: the index of the bracket that closes it, or -1 when the text before the stop names
     * no units, the bracket does not close within {@link #NOTE_MAX} characters, or the note holds a label of its own.
     */
    private static int noteClose(String text, int start, int stop) {
        // The units may carry the first-is-lead note before the stop: （X、Y，列第一位的为牵头单位，下同。…）.
        String first = DocumentNotes.withoutNoteClauses(text.substring(start + 1, stop));
        if (!ResponsibilityMarker.startsWithLabel(first) && !ResponsibilityMarker.looksLikeUnits(first)) {
            return -1;
        }
        int depth = 1;
        for (int k = stop + 1; k < text.length() && k <= stop + NOTE_MAX; k++) {
            char c = text.charAt(k);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && --depth == 0) {
                return RoleLabels.find(text.substring(stop + 1, k)).isEmpty() ? k : -1;
            }
        }
        return -1;
    }

    /** {@code 〔X〕} → X when the brackets hold all of it. */
    static String unwrap(String s) {
        String t = s;
        while (t.length() >= 2 && OPEN.indexOf(t.charAt(0)) >= 0) {
            Group g = group(t, 0);
            if (g == null || g.end() < t.length() - 1
                    || (g.end() == t.length() - 1 && CLOSE.indexOf(t.charAt(t.length() - 1)) < 0)) {
                break;
            }
            t = TextCleaner.strip(g.content());
            while (!t.isEmpty() && CLOSE.indexOf(t.charAt(t.length() - 1)) >= 0 && !balanced(t)) {
                t = t.substring(0, t.length() - 1);
            }
        }
        return t;
    }

    private static boolean balanced(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            if (OPEN.indexOf(t.charAt(i)) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(t.charAt(i)) >= 0) {
                depth--;
            }
        }
        return depth >= 0;
    }

    private static boolean labelOnly(String s) {
        RoleLabels.Label l = RoleLabels.atStart(s);
        return l != null && l.end() == s.length();
    }
}

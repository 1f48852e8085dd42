package io.planextract.extract.prose;

import io.planextract.normalize.TextCleaner;
import io.planextract.normalize.UnitNames;
import io.planextract.normalize.Simplified;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responsibility markers of a prose notice (RULES §8): a bracketed group after {@code 。} or {@code ；} that
 * holds units — {@code （责任单位：…）}, {@code 〔…〕}, {@code 【…】}, {@code [牵头单位：…；责任单位：…]},
 * {@code （X牵头，Y配合）}, even with mismatched or missing closing brackets — and the lines of their own that say
 * the same ({@code 牵头单位：…}, {@code 责任单位：…}, {@code 完成时限：…}). Traditional characters are matched through
 * {@link Simplified}; the texts returned keep the characters as written.
 */
public final class ResponsibilityMarker {
    static final String OPEN = "（(〔【[［{｛";
    static final String CLOSE = "）)〕】]］}｝";
    /** Where a sentence ends, a marker may start. */
    static final String SENTENCE_END = "。；;";

    private static final Pattern LABEL = Pattern.compile(
            "(牵头单位|牵头部门|主责单位|主责部门|主办单位|责任单位|责任部门|责任科室|责任主体|主体单位|配合单位|配合部门"
                    + "|协作单位|协办单位|参与单位|协同单位|完成时限|完成时间|时间节点|时限要求|完成期限|时限)\\s*[：:]");
    /** A deadline written after the units inside a marker: 2025年12月底前完成, 长期坚持, 6月30日前. */
    private static final Pattern DEADLINE_TAIL = Pattern.compile(
            "(?:(?:\\d{4}年)?(?:\\d{1,2}月(?:底|末|中旬|上旬|下旬|\\d{1,2}日)?|年底|年末|年内|上半年|下半年"
                    + "|第?[一二三四1-4]季度)(?:前|之前|内)?(?:完成)?|长期坚持|长期|持续推进|持续开展|常态化推进|全年)");
    /** Bracket contents that explain a word rather than assign anyone. */
    private static final Pattern NOT_UNITS = Pattern.compile(
            "^(含|包含|包括|不含|以下简称|简称|下同|即|如|例如|见|详见|参见|附件|试行|暂行|草案|征求意见稿|第|共|其中|注).*");
    /** Words that make a bracket look like it names who does the work. */
    private static final Pattern MARKER_LIKE = Pattern.compile("单位|部门|负责|牵头|责任|配合|落实|时限");

    private ResponsibilityMarker() {
    }

    /** Who and by when, as one marker says it; texts are cleaned, absent parts null. */
    public record Content(String leadText, String responsibleText, String deadline) {
        public boolean hasUnits() {
            return leadText != null || responsibleText != null;
        }
    }

    /** What a scan finds: a marker, or a bracket group that looks like one but is not read as one. */
    public sealed interface Hit permits Found, Doubt {
        int start();

        int end();
    }

    /** A marker found in a text: {@code [start, end)} covers the brackets; {@code problem} for a reviewer. */
    public record Found(int start, int end, Content content, String problem) implements Hit {
    }

    /** A bracket group that is not a marker but looks like one: {@code [start, end)} and its text. */
    public record Doubt(int start, int end, String text) implements Hit {
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
        if (startsWithLabel(content)) {
            return new Group(start, j, content, false);
        }
        return null;
    }

    /** Markers and doubtful bracket groups in {@code text}, in order. */
    public static List<Hit> scan(String text) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) < 0) {
                i++;
                continue;
            }
            Group g = group(text, i);
            if (g == null) {
                String rest = text.substring(i + 1, Math.min(text.length(), i + 40));
                if (afterSentence(text, i) && MARKER_LIKE.matcher(Simplified.of(rest)).find()) {
                    out.add(new Doubt(i, Math.min(text.length(), i + 40), "未闭合的括号：" + text.substring(i,
                            Math.min(text.length(), i + 30))));
                }
                i++;
                continue;
            }
            Content read = read(g.content());
            Content content = read != null && read.hasUnits() ? read : null;
            if (read != null && !read.hasUnits() && !out.isEmpty() && out.get(out.size() - 1) instanceof Found f
                    && text.substring(f.end(), g.start()).isBlank() && f.content().deadline() == null) {
                // （责任单位：X）（完成时限：6月底前）: the second bracket completes the first.
                Content both = new Content(f.content().leadText(), f.content().responsibleText(), read.deadline());
                out.set(out.size() - 1, new Found(f.start(), g.end(), both, f.problem()));
                i = g.end();
                continue;
            }
            boolean after = afterSentence(text, i);
            if (content != null && after) {
                out.add(new Found(g.start(), g.end(), content, g.closed() ? null
                        : "括号不配对：" + text.substring(g.start(), g.end())));
                i = g.end();
                continue;
            }
            if (content != null && startsWithLabel(g.content()) && beforeSentenceEnd(text, g.end())) {
                // （责任单位：X）。 — a labelled marker just before the full stop instead of after it.
                out.add(new Found(g.start(), g.end(), content, null));
                i = g.end();
                continue;
            }
            // Units in mid-sentence (由区财政局（区国资办）负责) are a name's alias, not worth a doubt; units that close
            // a sentence without a full stop before them, or a label anywhere, are.
            boolean doubtfulUnits = content != null
                    && (startsWithLabel(g.content()) || beforeSentenceEnd(text, g.end()));
            if (doubtfulUnits || (content == null && after && MARKER_LIKE.matcher(Simplified.of(g.content())).find()
                    && !NOT_UNITS.matcher(TextCleaner.strip(g.content())).matches())) {
                out.add(new Doubt(g.start(), g.end(), text.substring(g.start(), g.end())));
            }
            i = g.end();
        }
        return out;
    }

    /** True where the bracket at {@code at} starts a paragraph or follows a sentence end. */
    static boolean afterSentence(String text, int at) {
        int k = at - 1;
        while (k >= 0 && isSpace(text.charAt(k))) {
            k--;
        }
        return k < 0 || SENTENCE_END.indexOf(text.charAt(k)) >= 0;
    }

    private static boolean beforeSentenceEnd(String text, int at) {
        int k = at;
        while (k < text.length() && isSpace(text.charAt(k))) {
            k++;
        }
        return k >= text.length() || SENTENCE_END.indexOf(text.charAt(k)) >= 0;
    }

    /** True when a paragraph is a responsibility line of its own ({@code 责任单位：…}, {@code 完成时限：…}). */
    public static boolean isLine(String paragraph) {
        String s = TextCleaner.strip(paragraph);
        return startsWithLabel(s) && read(s) != null;
    }

    /**
     * The responsibility a marker's content states, or null when it holds no units: labelled parts
     * ({@code 牵头单位：X；责任单位：Y；完成时限：Z}), or a bare unit list (with {@code X牵头} inside).
     */
    public static Content read(String raw) {
        String content = TextCleaner.strip(raw);
        if (content.isEmpty() || NOT_UNITS.matcher(content).matches()) {
            return null;
        }
        String simple = Simplified.of(content);
        Matcher m = LABEL.matcher(simple);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        if (labels.isEmpty()) {
            String[] split = deadlineTail(content);
            String units = units(split[0]);
            return units != null && looksLikeUnits(units) ? new Content(null, units, split[1]) : null;
        }
        List<String> lead = new ArrayList<>();
        List<String> primary = new ArrayList<>();
        List<String> assisting = new ArrayList<>();
        String deadline = null;
        String before = part(content.substring(0, labels.get(0)[0]));
        if (before != null) {
            primary.add(before);
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = simple.substring(labels.get(i)[0], labels.get(i)[1]);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : content.length();
            String value = part(content.substring(labels.get(i)[1], end));
            if (value == null) {
                continue;
            }
            if (!label.contains("时") && !label.contains("期限")) {
                String[] split = deadlineTail(value);
                if (split[1] != null && deadline == null) {
                    value = split[0];
                    deadline = split[1];
                }
            }
            if (label.contains("时") || label.contains("期限")) {
                deadline = deadline == null ? value : deadline + "；" + value;
            } else if (label.contains("牵头") || label.contains("主责") || label.contains("主办")) {
                lead.add(value);
            } else if (label.startsWith("责任") || label.startsWith("主体")) {
                primary.add(value);
            } else {
                assisting.add(value);
            }
        }
        String leadText;
        String responsibleText;
        if (lead.isEmpty() && !primary.isEmpty() && !assisting.isEmpty()) {
            // 责任单位 beside 配合单位 and no 牵头: the 责任单位 lead (RULES §2).
            leadText = units(String.join("；", primary));
            responsibleText = units(String.join("；", assisting));
        } else {
            primary.addAll(assisting);
            leadText = lead.isEmpty() ? null : units(String.join("；", lead));
            responsibleText = primary.isEmpty() ? null : units(String.join("；", primary));
        }
        Content c = new Content(leadText, responsibleText, deadline);
        return c.hasUnits() || deadline != null ? c : null;
    }

    /**
     * {@code 区财政局，2025年12月底前完成} → the units and the deadline written after them; {@code [text, null]} when
     * the last piece (after a comma or semicolon outside brackets) is no deadline.
     */
    static String[] deadlineTail(String text) {
        int depth = 0;
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && "，,；;".indexOf(c) >= 0) {
                cut = i;
            }
        }
        if (cut < 0) {
            return new String[] {text, null};
        }
        String tail = TextCleaner.strip(text.substring(cut + 1));
        if (!DEADLINE_TAIL.matcher(Simplified.of(tail)).matches()) {
            return new String[] {text, null};
        }
        return new String[] {TextCleaner.strip(text.substring(0, cut)), tail};
    }

    /** A labelled part's value: separators at its ends and a bracket around all of it go. */
    private static String part(String raw) {
        String s = TextCleaner.strip(raw);
        while (!s.isEmpty() && "；;，,、。 ".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = TextCleaner.strip(s.substring(0, s.length() - 1));
        }
        while (!s.isEmpty() && "；;，,、".indexOf(s.charAt(0)) >= 0) {
            s = TextCleaner.strip(s.substring(1));
        }
        s = unwrap(s);
        return s.isEmpty() ? null : s;
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

    /** A unit text cleaned like a unit cell: spaces folded, none beside list punctuation. */
    private static String units(String raw) {
        String s = TextCleaner.joinUnits(List.of(TextCleaner.strip(raw)));
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean labelOnly(String s) {
        Matcher m = LABEL.matcher(Simplified.of(s));
        return m.lookingAt() && m.end() == s.length();
    }

    static boolean startsWithLabel(String s) {
        return LABEL.matcher(Simplified.of(TextCleaner.strip(s))).lookingAt();
    }

    static boolean looksLikeUnits(String text) {
        return UnitNames.looksLikeUnits(text);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }
}

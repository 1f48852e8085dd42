package io.planextract.extract.prose;

import io.planextract.grammar.Brackets;
import io.planextract.grammar.DeadlineWords;
import io.planextract.grammar.DocumentNotes;
import io.planextract.grammar.LabelledParts;
import io.planextract.grammar.Role;
import io.planextract.grammar.RoleLabels;
import io.planextract.grammar.Simplified;
import io.planextract.grammar.VerbTails;
import io.planextract.normalize.Responsibility;
import io.planextract.normalize.TextCleaner;
import io.planextract.normalize.UnitNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The responsibility markers of a prose notice (RULES §8): a bracketed group after {@code 。} or {@code ；} that
 * holds units — {@code （责任单位：…）}, {@code 〔…〕}, {@code 【…】}, {@code [牵头单位：…；责任单位：…]},
 * {@code （X牵头，Y配合）}, even with mismatched or missing closing brackets — and the lines of their own that say
 * the same ({@code 牵头单位：…}, {@code 责任单位：…}, {@code 完成时限：…}). Labels, people, verb tails and notes are
 * the grammar's ({@link RoleLabels}, {@link LabelledParts}, {@link VerbTails}, {@link DocumentNotes}), read the
 * same way as a table cell. Traditional characters are matched through {@link Simplified}; the texts returned keep
 * the characters as written.
 */
public final class ResponsibilityMarker {
    static final String OPEN = Brackets.OPEN;
    static final String CLOSE = Brackets.CLOSE;
    /** Where a sentence ends, a marker may start. */
    static final String SENTENCE_END = "。；;";

    /** Bracket contents that explain a word rather than assign anyone. */
    private static final Pattern NOT_UNITS = Pattern.compile(
            "^(含|包含|包括|不含|以下简称|简称|下同|即|如|例如|见|详见|参见|附件|试行|暂行|草案|征求意见稿|第|共|其中|注).*");
    /** Words that make a bracket look like it names who does the work. */
    private static final Pattern MARKER_LIKE = Pattern.compile("单位|部门|负责|牵头|责任|配合|落实|时限|主办|承办|协办|协同|协作");

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

    /**
     * A marker found in a text: {@code [start, end)} covers the brackets; {@code problem}, when not null, the text
     * of brackets that do not pair, for a reviewer.
     */
    public record Found(int start, int end, Content content, String problem) implements Hit {
    }

    /** A bracket group that is not a marker but looks like one: {@code [start, end)} and its text. */
    public record Doubt(int start, int end, String text) implements Hit {
    }

    /** Markers and doubtful bracket groups in {@code text}, in order, read with no document-wide note. */
    public static List<Hit> scan(String text) {
        return scan(text, DocumentNotes.NONE);
    }

    /**
     * Markers and doubtful bracket groups in {@code text}, in order, under the notes in force where the text starts;
     * a note inside the text ({@code （排名第一位的为牵头单位，下同）}) holds from its own marker on.
     */
    public static List<Hit> scan(String text, DocumentNotes notes) {
        List<Hit> out = new ArrayList<>();
        DocumentNotes current = notes;
        int notesFrom = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) < 0) {
                i++;
                continue;
            }
            MarkerGroup.Group g = MarkerGroup.group(text, i);
            if (g == null) {
                String rest = text.substring(i + 1, Math.min(text.length(), i + 40));
                if (afterSentence(text, i) && MARKER_LIKE.matcher(Simplified.of(rest)).find()) {
                    out.add(new Doubt(i, Math.min(text.length(), i + 40), "未闭合的括号：" + text.substring(i,
                            Math.min(text.length(), i + 30))));
                }
                i++;
                continue;
            }
            current = current.after(text.substring(notesFrom, g.end()));
            notesFrom = g.end();
            Content found = read(g.content(), current);
            Content content = found != null && found.hasUnits() ? found : null;
            if (found != null && !found.hasUnits() && !out.isEmpty() && out.get(out.size() - 1) instanceof Found f
                    && text.substring(f.end(), g.start()).isBlank() && f.content().deadline() == null) {
                // （责任单位：X）（完成时限：6月底前）: the second bracket completes the first.
                Content both = new Content(f.content().leadText(), f.content().responsibleText(), found.deadline());
                out.set(out.size() - 1, new Found(f.start(), g.end(), both, f.problem()));
                i = g.end();
                continue;
            }
            boolean after = afterSentence(text, i);
            if (content != null && after) {
                out.add(new Found(g.start(), g.end(), content, g.closed() ? null
                        : text.substring(g.start(), g.end())));
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
            boolean noteOnly = DocumentNotes.declaresFirstIsLead(g.content());
            if (doubtfulUnits || (content == null && after && !noteOnly
                    && MARKER_LIKE.matcher(Simplified.of(g.content())).find()
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

    /**
     * True when a paragraph is a responsibility line of its own ({@code 责任单位：…}, {@code 完成时限：…}); a person line
     * ({@code 责任领导：王某}) is one too, so that it joins the lines around it and assigns nobody.
     */
    public static boolean isLine(String paragraph) {
        String s = TextCleaner.strip(paragraph);
        return startsWithLabel(s) && (read(s) != null || isPersonLine(s));
    }

    /** The responsibility a marker's content states, or null; read with no document-wide note. */
    public static Content read(String raw) {
        return read(raw, DocumentNotes.NONE);
    }

    /**
     * The responsibility a marker's content states, or null when it holds no units: labelled parts
     * ({@code 牵头单位：X；责任领导：王某；责任单位：Y；完成时限：Z}), or a bare unit list (with {@code X牵头} or
     * {@code X按职责分工负责} inside). Under a first-is-lead note (or holding one), the first unit of a bare list
     * leads and the rest are responsible.
     */
    public static Content read(String raw, DocumentNotes notes) {
        String content = TextCleaner.strip(raw);
        if (content.isEmpty() || NOT_UNITS.matcher(content).matches()) {
            return null;
        }
        LabelledParts labelled = LabelledParts.of(content);
        if (labelled == null) {
            String[] split = deadlineTail(content);
            String units = units(split[0]);
            if (units == null || !looksLikeUnits(Responsibility.unitText(units))) {
                return null;
            }
            Responsibility.FirstLead first = notes.firstIsLead() || DocumentNotes.declaresFirstIsLead(units)
                    ? Responsibility.firstLeads(units) : null;
            return first == null ? new Content(null, units, split[1])
                    : new Content(first.lead(), first.rest(), split[1]);
        }
        LabelledParts.Assignment a = withDeadlineTails(labelled).assign(ResponsibilityMarker::part);
        String leadText = a.lead().isEmpty() ? null : units(String.join("；", a.lead()));
        String responsibleText = a.responsible().isEmpty() ? null : units(String.join("；", a.responsible()));
        String deadline = a.deadline().isEmpty() ? null : String.join("；", a.deadline());
        Content c = new Content(leadText, responsibleText, deadline);
        return c.hasUnits() || deadline != null ? c : null;
    }

    /** Labelled unit values with a deadline written after the units ({@code X，6月底前}): the first gives it up. */
    private static LabelledParts withDeadlineTails(LabelledParts labelled) {
        List<LabelledParts.Part> parts = new ArrayList<>();
        boolean found = labelled.parts().stream().anyMatch(p -> p.role() == Role.DEADLINE);
        for (LabelledParts.Part p : labelled.parts()) {
            String value = p.role().namesUnits() ? part(p.value()) : null;
            String[] split = value == null || found ? null : deadlineTail(value);
            if (split != null && split[1] != null) {
                parts.add(new LabelledParts.Part(p.role(), p.label(), split[0]));
                parts.add(new LabelledParts.Part(Role.DEADLINE, p.label(), split[1]));
                found = true;
            } else {
                parts.add(p);
            }
        }
        return new LabelledParts(labelled.before(), parts);
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
        if (!DeadlineWords.TAIL.matcher(Simplified.of(tail)).matches()) {
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
        s = MarkerGroup.unwrap(s);
        return s.isEmpty() ? null : s;
    }

    /** A unit text cleaned like a unit cell: spaces folded, none beside list punctuation. */
    private static String units(String raw) {
        String s = TextCleaner.joinUnits(List.of(TextCleaner.strip(raw)));
        return s == null || s.isEmpty() ? null : s;
    }

    static boolean startsWithLabel(String s) {
        return RoleLabels.atStart(TextCleaner.strip(s)) != null;
    }

    /** True for a line that names only a person ({@code 责任领导：王某}, {@code 联系人：…}): no unit, no task. */
    public static boolean isPersonLine(String paragraph) {
        LabelledParts parts = LabelledParts.of(TextCleaner.strip(paragraph));
        return parts != null && parts.startsWithLabel()
                && parts.parts().stream().allMatch(p -> p.role() == Role.PERSON);
    }

    static boolean looksLikeUnits(String text) {
        return UnitNames.looksLikeUnits(text);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }
}

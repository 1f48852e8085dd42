package io.planextract.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a notice says once for the rest of it (RULES §9): {@code （排名第一位的为牵头单位，下同）},
 * {@code 排在第一位的部门为牵头部门}, {@code 列第一位的单位为牵头单位} — from there on (the marker holding the note
 * included), the first unit of an unlabelled marker leads and the rest are responsible. Notes that name no new unit
 * ({@code 下同}, {@code 不再列出}, {@code 以下均需…落实}) add nothing to the unit lists.
 *
 * <p>Immutable: a reader carries the current value along the notice ({@code notes = notes.after(paragraph)}).
 */
public record DocumentNotes(boolean firstIsLead) {
    public static final DocumentNotes NONE = new DocumentNotes(false);
    public static final DocumentNotes FIRST_IS_LEAD = new DocumentNotes(true);

    /**
     * {@code 排名第一位的为牵头单位}, {@code 列第一位者为牵头单位}, {@code 排在首位的为牵头单位},
     * {@code 首位单位为牵头单位}, {@code 列第一位者为工作牵头单位或汇总单位}: a place at the head of the list, then
     * the lead's word.
     */
    private static final Pattern FIRST_LEADS = Pattern.compile(
            "(?:(?:排名|排序|排|列|位列|名列|居)(?:在|于)?)?(?:第一|第1|首|最前|前面|在前)"
                    + "(?:位|名|个)?(?:的|者)?(?:单位|部门|责任单位)?(?:为|是)(?:工作)?(?:牵头|主办|主责)");
    /** A bracket holding only a note, glued to a unit: {@code 县发改局（首位单位为牵头单位，下同）}. */
    private static final Pattern NOTE_BRACKET = Pattern.compile("[（(]([^（()）]*)[)）]");
    /** A clause that only comments on the list: 下同, 不再列出, 以下均需…落实, 同上. */
    private static final Pattern NOTE_CLAUSE = Pattern.compile(
            "(?:以下|下文)?(?:同|下同|同上)|不再(?:一一|重复)?列出|以下均.*|.*下同");

    /** A cheap test before the patterns: false when {@code text} can hold no note at all. */
    public static boolean mayHoldNote(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("同列第首前以不".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} declares that the first unit of a marker leads. */
    public static boolean declaresFirstIsLead(String text) {
        return text != null && (text.indexOf('牵') >= 0 || text.indexOf('牽') >= 0 || text.indexOf('主') >= 0)
                && FIRST_LEADS.matcher(Simplified.of(text)).find();
    }

    /** The notes in force after {@code text}: once declared, first-is-lead holds to the end of the notice. */
    public DocumentNotes after(String text) {
        return firstIsLead || !declaresFirstIsLead(text) ? this : FIRST_IS_LEAD;
    }

    /** True for a clause of a unit text that is a note, not units: {@code 排名第一位的为牵头单位}, {@code 下同}. */
    public static boolean isNoteClause(String clause) {
        if (clause == null) {
            return false;
        }
        String s = Simplified.of(Brackets.strip(clause));
        return !s.isEmpty() && (NOTE_CLAUSE.matcher(s).matches() || FIRST_LEADS.matcher(s).find());
    }

    /** {@code text} without the brackets whose every clause is a note; the text itself when it holds none. */
    static String withoutNoteBrackets(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        Matcher m = NOTE_BRACKET.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean dropped = false;
        while (m.find()) {
            boolean note = !m.group(1).isBlank();
            for (String clause : m.group(1).split("[，,；;。]")) {
                note &= clause.isBlank() || isNoteClause(clause);
            }
            m.appendReplacement(out, note ? "" : Matcher.quoteReplacement(m.group()));
            dropped |= note;
        }
        m.appendTail(out);
        return dropped ? out.toString() : text;
    }

    /**
     * {@code text} without its note clauses (between {@code ，,；;} outside brackets), separators kept between the
     * rest; the text itself when it holds none.
     */
    public static String withoutNoteClauses(String text) {
        if (text == null) {
            return null;
        }
        text = withoutNoteBrackets(text);
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int from = 0;
        boolean dropped = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '，';
            if (Brackets.NAME_OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (Brackets.NAME_CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && "，,；;。".indexOf(c) >= 0) {
                String clause = text.substring(from, i);
                if (isNoteClause(clause)) {
                    dropped = true;
                } else {
                    if (out.length() > 0) {
                        out.append(text.charAt(from - 1));
                    }
                    out.append(clause);
                }
                from = i + 1;
            }
        }
        return dropped ? out.toString() : text;
    }
}

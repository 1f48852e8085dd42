package io.planextract.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verbs written after unit names and the verb that states a lead (RULES §5, §9). Tails that go: {@code 负责} with
 * anything before it from {@code 按(照)职责(分工)}, {@code 具体}, {@code 分别}, {@code 共同}, {@code 牵头}
 * ({@code 按照职责分工分别负责}), {@code 落实}, {@code 负责落实}, {@code 配合}, {@code 参与}, {@code 协助},
 * {@code 协办}, {@code 牵头}, {@code 主办}, and a final {@code 等} before any of them ({@code Y等参与}). The lead verb:
 * {@code 牵头} or {@code 主办} after a unit ({@code X牵头}, {@code X牵头负责}), not the noun of {@code 牵头部门}.
 */
public final class VerbTails {
    private static final String MANNER = "(?:(?:按照?|根据)?职责(?:分工)?|具体|分别|共同|牵头)*";
    private static final Pattern TAIL = Pattern.compile(
            "等?(?:" + MANNER + "(?:负责落实|负责|落实|实施)|配合|参与|参加|协助|协办|牵头|主办)$|等$");
    private static final String TAIL_LAST = "责实施合与加助办头等";
    /** Verbs right after a lead verb, which say nothing of further units: {@code X牵头负责}, {@code X牵头落实}. */
    private static final Pattern AFTER_LEAD = Pattern.compile("^[\\s，,、；;]*(?:负责落实|负责|落实|实施)?[\\s，,、；;]*");
    private static final String[] LEAD_VERBS = {"牵头", "主办"};
    /** A lead verb followed by these is a noun: 牵头部门, 牵头单位, 牵头责任单位, 牵头领导. */
    private static final String NOUN_AFTER_LEAD = "部单处科领责方";

    private VerbTails() {
    }

    /** {@code unit} without its verb tail; the text itself when it is nothing but a tail. */
    public static String strip(String unit) {
        String s = Brackets.strip(unit);
        // Every tail ends in one of these: a test that spares the pattern for nearly every unit name.
        if (s.length() < 2 || TAIL_LAST.indexOf(Simplified.of(s.charAt(s.length() - 1))) < 0) {
            return s;
        }
        Matcher m = TAIL.matcher(Simplified.of(unit));
        if (m.find() && m.start() > 0) {
            return Brackets.strip(unit.substring(0, m.start()));
        }
        return Brackets.strip(unit);
    }

    /** Where a lead verb states the lead ({@code 区司法局牵头，…}), or -1; never at the start of the text. */
    public static int leadVerbAt(String text) {
        String s = Simplified.of(text);
        int best = -1;
        for (String verb : LEAD_VERBS) {
            int from = 0;
            while (true) {
                int at = Brackets.indexOutside(s, verb, from);
                if (at < 0) {
                    break;
                }
                int after = at + verb.length();
                boolean noun = after < s.length() && NOUN_AFTER_LEAD.indexOf(s.charAt(after)) >= 0;
                boolean quoted = at > 0 && s.charAt(at - 1) == '”';
                if (at > 0 && !noun && !quoted) {
                    best = best < 0 ? at : Math.min(best, at);
                    break;
                }
                from = after;
            }
        }
        return best;
    }

    /** The text after the lead verb at {@code at}, without the verbs that only complete it. */
    public static String afterLead(String text, int at) {
        String rest = text.substring(at + 2);
        Matcher m = AFTER_LEAD.matcher(Simplified.of(rest));
        return m.lookingAt() ? rest.substring(m.end()) : rest;
    }
}

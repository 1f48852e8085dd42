package io.planextract.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role labels composed from their parts, the same for a table header, a cell and a prose marker (RULES §9): an
 * optional {@code 主要}, an optional qualifier ({@code 牵头/主办/主责} lead; {@code 配合/协同/协作/协办/参与/协助}
 * support; {@code 承办/负责/实施/落实/主体} responsible), an optional {@code 责任}, and a head
 * {@code 单位/部门/科室/处室/主体/机构} — at least a qualifier or {@code 责任} before the head, since a bare
 * {@code 单位：} is an addressee line. Person labels ({@code 分管领导}, {@code 牵头负责领导}, {@code 主管市领导},
 * {@code 责任人}, {@code 联系人}…) name a person and assign no unit. All matching runs on {@link Simplified} text, so
 * {@code 牽頭單位} and {@code 協辦單位} read like their simplified forms.
 */
public final class RoleLabels {
    private static final String LEAD_QUALIFIER = "牵头|主办|主责";
    private static final String SUPPORT_QUALIFIER = "配合|协同|协作|协办|参与|参加|协助";
    private static final String QUALIFIER = LEAD_QUALIFIER + "|" + SUPPORT_QUALIFIER + "|承办|负责|实施|落实|主体";
    private static final String HEAD = "单位|部门|科室|处室|主体|机构";
    /** A role label: group 1 is its qualifier, if any. */
    private static final String ROLE = "(?:主要)?(?:(" + QUALIFIER + ")(?:责任)?|责任)(?:" + HEAD + ")";
    private static final String PERSON = "(?:分管|责任|牵头负责|牵头|主管|联系|包保|包联|挂点|负责)?"
            + "(?:[省市县区镇乡]级?)?领导(?:同志)?|(?:分管)?负责人|责任人|联系人|联络人|联络员";
    private static final String DEADLINE = "(?:完成|整改|办结)?时限(?:要求)?|(?:完成|办结)期限|完成时间|时间节点|截止时间"
            + "|实施时间|时间安排";
    /** A label for the whole assignment, whose value says who leads itself: {@code 部门分工：X牵头，Y配合}. */
    private static final String ASSIGNMENT = "(?:部门|责任|职责|任务)分工";

    /** Every word the labels are made of, for a quick test that a text could be a label at all. */
    static final String WORDS = ROLE + PERSON + DEADLINE + ASSIGNMENT;

    private static final Pattern ROLE_WORD = Pattern.compile(ROLE);
    private static final Pattern LEAD_WORD = Pattern.compile(LEAD_QUALIFIER);
    private static final Pattern SUPPORT_WORD = Pattern.compile(SUPPORT_QUALIFIER);
    private static final Pattern PERSON_WORD = Pattern.compile("领导|责任人|联系人|联络人|负责人|联络员|分管");
    private static final Pattern PERSON_LABEL = Pattern.compile(PERSON);
    private static final Pattern DEADLINE_LABEL = Pattern.compile(DEADLINE);
    /**
     * A label written before its value: the word, an optional bracketed qualifier ({@code 牵头单位（部门）}) and a
     * colon. Person labels come first so that {@code 牵头负责领导：} is a person, not {@code 牵头…}.
     */
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "\\s*(" + PERSON + "|" + ROLE + "|" + DEADLINE + "|" + ASSIGNMENT
                    + ")\\s*(?:[（(][^）)：:]{1,8}[）)])?\\s*[：:]?\\s*");
    private static final Pattern IN_TEXT = Pattern.compile(
            "(" + PERSON + "|" + ROLE + "|" + DEADLINE + "|" + ASSIGNMENT
                    + ")\\s*(?:[（(][^）)：:]{1,8}[）)])?\\s*[：:]");
    /**
     * At the start of a line a label may carry a few words of its own before the role ({@code 问题整改责任单位：},
     * {@code 项目责任单位：}, {@code 项目责任领导：}); inside a text those words would be the sentence's, so only here.
     */
    private static final Pattern AT_START = Pattern.compile(
            "(?:[\\p{IsHan}]{1,4}?)?(" + PERSON + "|" + ROLE + "|" + DEADLINE + "|" + ASSIGNMENT
                    + ")\\s*(?:[（(][^）)：:]{1,8}[）)])?\\s*[：:]");

    private RoleLabels() {
    }

    /** A label found in a text: {@code [start, end)} covers the word and its colon. */
    public record Label(int start, int end, Role role, String word) {
    }

    /**
     * What a label standing alone says (a header cell, a label line without value), or null when it is no role,
     * person or deadline label. A lead qualifier anywhere leads ({@code 牵头单位（部门）}, {@code 主办}); person words
     * win over every role ({@code 牵头领导}, {@code 责任人}).
     */
    public static Role classify(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String s = Simplified.of(label);
        if (PERSON_WORD.matcher(s).find()) {
            return Role.PERSON;
        }
        if (LEAD_WORD.matcher(s).find()) {
            return Role.LEAD;
        }
        Matcher role = ROLE_WORD.matcher(s);
        if (role.find()) {
            return roleOf(role.group(1));
        }
        if (DEADLINE_LABEL.matcher(s).find()) {
            return Role.DEADLINE;
        }
        return null;
    }

    /**
     * The role of a line that is a label and nothing else ({@code 牵头单位}, {@code 配合单位：}, {@code 完成时限}), as
     * printed when a one-record table is flattened with label and value on separate lines; null otherwise.
     */
    public static Role ofLabelLine(String line) {
        if (line == null || line.length() > 20) {
            return null;
        }
        Matcher m = WHOLE_LINE.matcher(Simplified.of(line));
        return m.matches() ? roleOfWord(m.group(1)) : null;
    }

    /** True for labels of helping units ({@code 配合单位}, {@code 协同责任单位}), which yield the lead (RULES §2). */
    public static boolean isSupport(String label) {
        return label != null && SUPPORT_WORD.matcher(Simplified.of(label)).find();
    }

    /** True for labels naming a person: {@code 分管领导}, {@code 责任人}, {@code 联系人}. */
    public static boolean isPerson(String label) {
        return label != null && PERSON_WORD.matcher(Simplified.of(label)).find();
    }

    /** Every label with its colon in {@code text}, outside brackets, in order. */
    public static List<Label> find(String text) {
        List<Label> out = new ArrayList<>();
        if (text == null || !hasColon(text)) {
            return out;
        }
        String s = Simplified.of(text);
        Matcher m = IN_TEXT.matcher(s);
        while (m.find()) {
            if (depthAt(s, m.start()) == 0) {
                out.add(new Label(m.start(), m.end(), roleOfWord(m.group(1)), m.group(1)));
            }
        }
        return out;
    }

    /** The label that {@code text} starts with (after spaces), or null. */
    public static Label atStart(String text) {
        if (text == null || !hasColon(text)) {
            return null;
        }
        String s = Simplified.of(text);
        int from = 0;
        while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        Matcher m = IN_TEXT.matcher(s).region(from, s.length());
        if (m.lookingAt()) {
            return new Label(m.start(), m.end(), roleOfWord(m.group(1)), m.group(1));
        }
        m = AT_START.matcher(s).region(from, s.length());
        return m.lookingAt() ? new Label(m.start(), m.end(), roleOfWord(m.group(1)), m.group(1)) : null;
    }

    /** Every label in text ends in a colon: a test that spares the patterns for most cells. */
    private static boolean hasColon(String text) {
        return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
    }

    private static Role roleOfWord(String word) {
        if (PERSON_LABEL.matcher(word).matches()) {
            return Role.PERSON;
        }
        if (DEADLINE_LABEL.matcher(word).matches()) {
            return Role.DEADLINE;
        }
        Matcher m = ROLE_WORD.matcher(word);
        return roleOf(m.matches() ? m.group(1) : null);
    }

    private static Role roleOf(String qualifier) {
        if (qualifier == null) {
            return Role.RESPONSIBLE;
        }
        if (LEAD_WORD.matcher(qualifier).matches()) {
            return Role.LEAD;
        }
        return SUPPORT_WORD.matcher(qualifier).matches() ? Role.SUPPORT : Role.RESPONSIBLE;
    }

    private static int depthAt(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (Brackets.isOpen(c)) {
                depth++;
            } else if (Brackets.isClose(c)) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }
}

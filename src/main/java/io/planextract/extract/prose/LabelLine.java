package io.planextract.extract.prose;

import io.planextract.grammar.HeaderWords;
import io.planextract.grammar.NumberingMark;
import io.planextract.grammar.Role;
import io.planextract.grammar.RoleLabels;
import io.planextract.normalize.Simplified;
import io.planextract.normalize.TextCleaner;
import java.util.regex.Pattern;

/**
 * A paragraph that is a label of a one-task record (RULES §9, labels on their own line): {@code 牵头单位：X} with its
 * value, or {@code 牵头单位} alone with the value on the next line, and the {@code 工作任务} / {@code 完成时限} labels of
 * a record printed vertically. The words are the notice grammar's: role, person and deadline labels as
 * {@link RoleLabels} composes them, task and requirement labels as a table header names them ({@link HeaderWords}),
 * so a label reads the same in a cell, a header and a line of prose. The value is handed to
 * {@link ResponsibilityMarker} under the label it reads.
 */
final class LabelLine {
    /** What a label line gives a task. */
    enum Kind {
        LEAD("牵头单位"), RESPONSIBLE("责任单位"), ASSISTING("配合单位"), DEADLINE("完成时限"), TASK(null), REQUIREMENT(null),
        PERSON(null);

        /** The label {@link ResponsibilityMarker#read} knows for this kind, or null for kinds that are not markers. */
        final String markerLabel;

        Kind(String markerLabel) {
            this.markerLabel = markerLabel;
        }

        boolean isMarker() {
            return markerLabel != null;
        }
    }

    /** A label and its value on the same line ({@code null} when the label stands alone). */
    record Label(Kind kind, String value) {
        /** The label and value as a marker reads them: {@code 牵头单位：X}. */
        String asMarker(String value) {
            return kind.markerLabel + "：" + value;
        }
    }

    /** A bracketed qualifier after the label: 牵头单位（部门）. */
    private static final Pattern QUALIFIER = Pattern.compile("[（(][^）)]{0,6}[）)]$");
    /**
     * A task or requirement label is a few words and nothing else (no numbering, no punctuation), ending on the
     * noun that names the column: {@code 主要工作任务}, {@code 具体措施}, {@code 工作目标}.
     */
    private static final Pattern TEXT_LABEL = Pattern.compile("\\p{IsHan}*(?:任务|工作|事项|项目|要点|要求|举措|措施|内容|目标|标准)");
    private static final int MAX_TEXT_LABEL = 8;

    private LabelLine() {
    }

    /** The label a paragraph is, with its value when written on the same line after a colon; null for other text. */
    static Label of(String paragraph) {
        String s = TextCleaner.strip(paragraph);
        if (s.isEmpty()) {
            return null;
        }
        int colon = colon(s);
        String label = colon < 0 ? s : TextCleaner.strip(s.substring(0, colon));
        Kind kind = kind(label);
        if (kind == null) {
            return null;
        }
        String value = colon < 0 ? null : TextCleaner.strip(s.substring(colon + 1));
        return new Label(kind, value == null || value.isEmpty() ? null : value);
    }

    private static int colon(String s) {
        for (int i = 0; i < s.length() && i <= 12; i++) {
            char c = s.charAt(i);
            if (c == '：' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The kind a label alone names, or null when the text is no label. */
    static Kind kind(String label) {
        String s = QUALIFIER.matcher(Simplified.of(TextCleaner.removeSpaces(label))).replaceAll("");
        if (s.isEmpty() || s.length() > 12) {
            return null;
        }
        Role role = RoleLabels.ofLabelLine(s);
        if (role != null) {
            return switch (role) {
                case LEAD -> Kind.LEAD;
                case SUPPORT -> Kind.ASSISTING;
                case RESPONSIBLE -> Kind.RESPONSIBLE;
                case PERSON -> Kind.PERSON;
                case DEADLINE -> Kind.DEADLINE;
            };
        }
        if (s.length() > MAX_TEXT_LABEL || !TEXT_LABEL.matcher(s).matches()
                || NumberingMark.at(label.strip()) != null) {
            return null; // 二、工作目标 is a heading, 关于做好防汛工作的通知 a title: no labels
        }
        HeaderWords.Column column = HeaderWords.classify(s);
        if (column == null) {
            return null;
        }
        return switch (column) {
            case TASK -> Kind.TASK;
            // The last word names what the line holds: 具体任务 is a task, 任务要求 a requirement.
            case REQUIREMENT -> s.endsWith("任务") ? Kind.TASK : Kind.REQUIREMENT;
            case DEADLINE -> Kind.DEADLINE;
            default -> null;
        };
    }
}

package io.planextract.extract.prose;

import io.planextract.normalize.Simplified;
import io.planextract.normalize.TextCleaner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that is a label of a one-task record (RULES §9, labels on their own line): {@code 牵头单位：X} with its
 * value, or {@code 牵头单位} alone with the value on the next line, and the {@code 工作任务} / {@code 完成时限} labels of
 * a record printed vertically. Role labels are composed as a clerk writes them (an optional
 * {@code 牵头/主办/配合/协同/协作/协办/承办/参与/主要} part, an optional {@code 责任}, then {@code 单位/部门/科室/处室/主体});
 * person labels ({@code 分管领导}, {@code 联系人}) name no unit. Written here until the notice grammar holds the role
 * words; the value is handed to {@link ResponsibilityMarker} under the label it reads.
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

    private static final Pattern ROLE = Pattern.compile(
            "(?:主要)?(牵头|主办|主责|配合|协同|协作|协办|参与|承办|主要|具体)?(责任)?(单位|部门|科室|处室|主体)");
    private static final Pattern DEADLINE = Pattern.compile(
            "完成时限|完成时间|完成时间节点|时间节点|时限要求|完成期限|时间要求|时限|进度安排");
    private static final Pattern TASK = Pattern.compile("工作任务|重点任务|主要任务|具体任务|任务名称|任务内容|重点工作|工作事项|任务");
    private static final Pattern REQUIREMENT = Pattern.compile(
            "工作内容|具体要求|工作要求|工作措施|具体措施|工作举措|主要内容|目标要求|任务要求|工作目标");
    private static final Pattern PERSON = Pattern.compile("(牵头|分管|责任|主管|联系)?(负责)?(市|区|县)?(领导|责任人|联系人|负责人|联络员)");
    /** A bracketed qualifier after the label: 牵头单位（部门）. */
    private static final Pattern QUALIFIER = Pattern.compile("[（(][^）)]{0,6}[）)]$");

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
        Matcher role = ROLE.matcher(s);
        if (role.matches() && (role.group(1) != null || role.group(2) != null || s.startsWith("主要"))) {
            String part = role.group(1) == null ? "" : role.group(1);
            if (part.equals("牵头") || part.equals("主办") || part.equals("主责")) {
                return Kind.LEAD;
            }
            if (part.equals("配合") || part.equals("协同") || part.equals("协作") || part.equals("协办")
                    || part.equals("参与")) {
                return Kind.ASSISTING;
            }
            return Kind.RESPONSIBLE;
        }
        if (DEADLINE.matcher(s).matches()) {
            return Kind.DEADLINE;
        }
        if (TASK.matcher(s).matches()) {
            return Kind.TASK;
        }
        if (REQUIREMENT.matcher(s).matches()) {
            return Kind.REQUIREMENT;
        }
        return PERSON.matcher(s).matches() ? Kind.PERSON : null;
    }
}

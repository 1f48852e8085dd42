package io.planextract.grammar;

import java.util.regex.Pattern;

/**
 * Column roles from header labels (RULES §2), written for the family of notices rather than one sample:
 * {@code 牵头单位/牵头部门} lead; {@code 责任单位/配合单位/责任科室…} responsible; {@code 完成时限/时间节点…} deadline;
 * {@code 具体要求/工作举措/工作内容…} requirement; {@code 工作任务/重点任务/重点工作…} task. The order of the checks
 * matters: {@code 任务要求} is a requirement, {@code 牵头单位} is a lead although it names a 单位. Role words
 * ({@code 牵头责任单位}, {@code 协同责任单位}, {@code 主办单位}, {@code 负责科室}, {@code 责任主体}) and person words
 * ({@code 责任领导}, {@code 联系人}: kept under extra) are the grammar's ({@link RoleLabels}), shared with cells and
 * prose markers.
 */
public final class HeaderWords {
    /** What a header word names: a column's role, {@link #EXTRA} for a known word that assigns nothing. */
    public enum Column { SEQ, SECTION, TASK, REQUIREMENT, LEAD, RESPONSIBLE, DEADLINE, EXTRA }

    /** A bracketed qualifier ({@code 牵头单位（部门）}) and spaces, colons or asterisks say nothing of the role. */
    private static final Pattern QUALIFIER = Pattern.compile("[（(][^）)]*[）)]?");
    private static final Pattern NOISE = Pattern.compile("[\\s　:：*＊]");
    private static final Pattern SEQ = Pattern.compile("序号?|编号|序列号|No\\.?|NO\\.?");
    /** A header word for units that names no role of its own: 责任…, …单位, …部门 (承担单位, 实施部门). */
    private static final Pattern RESPONSIBLE = Pattern.compile("^责任|单位$|部门$");
    private static final Pattern DEADLINE = Pattern.compile("时限|时间|期限|节点|进度|完成时|截止");
    private static final Pattern REQUIREMENT = Pattern.compile(
            "要求|举措|措施|内容|目标|具体|标准|做法|安排|工作事项描述");
    private static final Pattern TASK = Pattern.compile("任务|工作|事项|项目|要点");
    private static final Pattern SECTION = Pattern.compile("一级|类别|领域|板块|分类|方面|类型");
    /**
     * The plan year before a header word ({@code 2023年重点工作任务}; five digits where the writer slipped): it says
     * nothing of the column's role.
     */
    private static final Pattern YEAR = Pattern.compile("^\\d{4,5}年度?");
    /**
     * A reporting period before a header word ({@code 10-12月份进展情况}, {@code 1-3月份进度安排},
     * {@code 第二季度完成情况}): the column reports on the work or plans the next period, and assigns nothing.
     */
    private static final Pattern PERIOD = Pattern.compile(
            "^(?:\\d{1,2}\\s*[-—～~至到]\\s*\\d{1,2}月份?|\\d{1,2}月份|第?[一二三四1-4]季度|[上下]半年)");
    /** A head noun a narrow header cell may print apart from its qualifier: {@code 牵头} / {@code 责任单位}. */
    private static final Pattern HEAD_NOUN = Pattern.compile("(?:责任)?(?:单位|部门|科室|处室|机构)|领导|责任人|负责人");

    /**
     * Known columns that assign nothing: progress and remarks ({@code 当前进度}, {@code 1-11月推进情况}, {@code 备注}).
     * They are header words (a header row holding them is still a header), kept under extra.
     */
    private static final Pattern NO_ROLE = Pattern.compile(
            "备注|附注|说明|进展|推进情况|完成情况|落实情况|进度情况|当前进度|完成进度|工作进度|是否|联系电话|电话|评价|评估");

    /**
     * The characters a header word is made of: every alternative of every pattern above (and of the role labels)
     * needs one of them, so a cell holding none ({@code 12月底前}, {@code 3}, {@code 县财政局}) is no label, and
     * the patterns are spared for most of the cells of a table.
     */
    private static final boolean[] WORD_CHARS = new boolean[Character.MAX_VALUE + 1];

    static {
        String all = SEQ.pattern() + RESPONSIBLE.pattern() + DEADLINE.pattern() + REQUIREMENT.pattern()
                + TASK.pattern() + SECTION.pattern() + NO_ROLE.pattern() + RoleLabels.WORDS;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == 'N' || c == 'n') {
                WORD_CHARS[c] = true;
            }
        }
        // Optional level words of person labels (县领导): never the only word of a label, and in every unit name.
        for (char c : "省市县区镇乡级".toCharArray()) {
            WORD_CHARS[c] = false;
        }
    }

    private HeaderWords() {
    }

    private static boolean mayBeLabel(String simplified) {
        for (int i = 0; i < simplified.length(); i++) {
            if (WORD_CHARS[simplified.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role a label names: {@link Column#EXTRA} for a known header word that assigns nothing (people, progress,
     * remarks), null for a word that is no header label (such a column is kept under {@code extra} too).
     */
    public static Column classify(String label) {
        if (label == null || label.isBlank() || label.length() > 16
                && (label.length() > 40 || !DocumentNotes.declaresFirstIsLead(label))) {
            // Long cells are no labels, save 责任单位（排在第一位的为牵头单位）, whose note the extractor reads.
            return null;
        }
        String simplified = Simplified.of(label);
        if (!mayBeLabel(simplified)) {
            return null;
        }
        String s = YEAR.matcher(NOISE.matcher(QUALIFIER.matcher(simplified).replaceAll("")).replaceAll(""))
                .replaceFirst("");
        if (s.length() > 16 || s.isEmpty()) {
            return null;
        }
        if (PERIOD.matcher(s).find() && s.length() > 4) {
            return Column.EXTRA;
        }
        if (SEQ.matcher(s).matches()) {
            return Column.SEQ;
        }
        Role role = RoleLabels.classify(s);
        if (role == Role.PERSON || NO_ROLE.matcher(s).find()) {
            // People (责任领导, 联系人…) and progress or remarks: header words kept under extra, never read as units.
            return Column.EXTRA;
        }
        if (s.contains("二级")) {
            return Column.TASK;
        }
        if (SECTION.matcher(s).find()) {
            return Column.SECTION;
        }
        if (role == Role.LEAD) {
            return Column.LEAD;
        }
        if (role == Role.RESPONSIBLE || role == Role.SUPPORT || RESPONSIBLE.matcher(s).find()) {
            return Column.RESPONSIBLE;
        }
        if (DEADLINE.matcher(s).find()) {
            return Column.DEADLINE;
        }
        if (REQUIREMENT.matcher(s).find()) {
            return Column.REQUIREMENT;
        }
        if (TASK.matcher(s).find()) {
            return Column.TASK;
        }
        return null;
    }

    /**
     * The header word without the plan year and period before it: {@code 2023年重点工作任务} → {@code 重点工作任务},
     * {@code 2023年10-12月份进展情况} → {@code 进展情况}; the length of
     * what is left says whether a piece of text is short enough to be a label.
     */
    public static String withoutDates(String label) {
        return label == null ? null
                : PERIOD.matcher(YEAR.matcher(label.strip()).replaceFirst("")).replaceFirst("");
    }

    /**
     * True for a qualifier and a head noun that a narrow header cell printed apart ({@code 牵头} {@code 领导},
     * {@code 主体} {@code 责任单位}, {@code 配合} {@code 责任单位}): joined they are one label.
     */
    public static boolean isSplitLabel(String qualifier, String head) {
        return qualifier.length() <= 2 && HEAD_NOUN.matcher(head).matches() && classify(qualifier + head) != null;
    }

    /** True for labels of helping units, which yield the lead to a plain 责任单位 column. */
    public static boolean isAssisting(String label) {
        return RoleLabels.isSupport(label);
    }
}

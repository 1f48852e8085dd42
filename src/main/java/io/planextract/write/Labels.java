package io.planextract.write;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a spreadsheet shows: column headings, deadline kinds, the names of inherited fields and sheets.
 * {@link #EN} keeps the machine names of docs/OUTPUT.md (the CSV contract); {@link #ZH} is what a clerk's 台账
 * says. Only the words change, never the columns or the values' meaning.
 */
public enum Labels {
    EN, ZH;

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("source", "来源文件"),
            Map.entry("id", "任务编号"),
            Map.entry("seq", "序号"),
            Map.entry("section_no", "一级任务序号"),
            Map.entry("section", "一级任务"),
            Map.entry("task_no", "任务序号"),
            Map.entry("task", "任务"),
            Map.entry("requirement", "具体要求"),
            Map.entry("lead", "牵头单位"),
            Map.entry("responsible", "责任单位"),
            Map.entry("deadline", "完成时限"),
            Map.entry("deadline_kind", "时限类型"),
            Map.entry("deadline_date", "截止日期"),
            Map.entry("issuer", "发文机关"),
            Map.entry("doc_number", "文号"),
            Map.entry("notice_date", "成文日期"),
            Map.entry("plan_year", "年度"),
            Map.entry("title", "文件标题"),
            Map.entry("inherited", "继承字段"),
            Map.entry("warnings", "警告"),
            Map.entry("table", "表"),
            Map.entry("row", "行"),
            Map.entry("paragraph", "段"),
            Map.entry("line", "源文件行"),
            Map.entry("code", "代码"),
            Map.entry("message", "说明"));

    /** Deadline kinds (docs/RULES.md §6) as a clerk says them. */
    private static final Map<String, String> KINDS = Map.of(
            "ongoing", "长期", "by", "限期", "year", "全年", "other", "其他");

    /** The inheritable task fields, named as the review page names them. */
    private static final Map<String, String> FIELDS = Map.of(
            "section", "一级任务", "task", "任务", "lead", "牵头单位", "responsible", "责任单位", "deadline", "完成时限");

    /** {@code en} or {@code zh}, in any case; empty for anything else. */
    public static Optional<Labels> named(String name) {
        for (Labels labels : values()) {
            if (labels.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(labels);
            }
        }
        return Optional.empty();
    }

    /** The heading of the column whose machine name is {@code key}. */
    public String column(String key) {
        return this == EN ? key : COLUMNS.getOrDefault(key, key);
    }

    /** A deadline kind ({@code ongoing}, {@code by}…) in these labels; null stays null. */
    public String kind(String kind) {
        return this == EN || kind == null ? kind : KINDS.getOrDefault(kind, kind);
    }

    /** An inheritable field ({@code section}, {@code lead}…) in these labels. */
    public String field(String field) {
        return this == EN ? field : FIELDS.getOrDefault(field, field);
    }

    /** The sheet that holds the tasks of a whole run. */
    public String taskSheet() {
        return this == EN ? "tasks" : "任务";
    }

    /** The sheet that lists every warning. */
    public String warningSheet() {
        return this == EN ? "warnings" : "警告";
    }

    /**
     * The note on an inherited cell: the field, the row of the source table it came from (with its printed
     * number) and that row's place in the sheet, so a reviewer can check the merge against the original.
     *
     * @param sourceRow the row in the source table, or null where unknown
     * @param seq       the printed number of that row, or null
     * @param sheetRow  the 1-based spreadsheet row holding that task, or null where it is not in this sheet
     */
    public String inheritedNote(String field, Integer sourceRow, Integer seq, Integer sheetRow) {
        StringBuilder note = new StringBuilder();
        if (this == EN) {
            note.append(field).append(" inherited from ");
            note.append(sourceRow == null ? "a row above" : "table row " + sourceRow);
            if (seq != null) {
                note.append(" (no. ").append(seq).append(')');
            }
            if (sheetRow != null) {
                note.append(", sheet row ").append(sheetRow);
            }
            return note.append(": the cell is blank or merged").toString();
        }
        note.append("继承自").append(sourceRow == null ? "上方的行" : "原表第 " + sourceRow + " 行");
        if (seq != null) {
            note.append("（序号 ").append(seq).append('）');
        }
        if (sheetRow != null) {
            note.append("，即本工作表第 ").append(sheetRow).append(" 行");
        }
        return note.append("：").append(field(field)).append("为空或合并单元格").toString();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

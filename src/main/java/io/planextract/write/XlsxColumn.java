package io.planextract.write;

import io.planextract.model.Deadline;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The columns of the task sheet, in the order a clerk reads a 台账: the task as printed first, then the notice it
 * belongs to, then what a reviewer checks (inherited fields, warnings), then the machine's own keys. The CSV's
 * sixteen columns are all here under the same names; the sheet adds the plan year, title, inherited fields and
 * warnings.
 */
enum XlsxColumn {
    SEQ("seq", 6, Type.NUMBER, null),
    SECTION_NO("section_no", 6, Type.NUMBER, "section"),
    SECTION("section", 24, Type.WRAPPED, "section"),
    TASK_NO("task_no", 6, Type.NUMBER, "task"),
    TASK("task", 28, Type.WRAPPED, "task"),
    REQUIREMENT("requirement", 60, Type.WRAPPED, null),
    LEAD("lead", 22, Type.WRAPPED, "lead"),
    RESPONSIBLE("responsible", 30, Type.WRAPPED, "responsible"),
    DEADLINE("deadline", 16, Type.WRAPPED, "deadline"),
    DEADLINE_KIND("deadline_kind", 8, Type.TEXT, "deadline"),
    DEADLINE_DATE("deadline_date", 12, Type.DATE, "deadline"),
    PLAN_YEAR("plan_year", 6, Type.NUMBER, null),
    TITLE("title", 30, Type.WRAPPED, null),
    ISSUER("issuer", 20, Type.WRAPPED, null),
    DOC_NUMBER("doc_number", 20, Type.TEXT, null),
    NOTICE_DATE("notice_date", 12, Type.DATE, null),
    INHERITED("inherited", 14, Type.WRAPPED, null),
    WARNINGS("warnings", 36, Type.WRAPPED, null),
    SOURCE("source", 28, Type.TEXT, null),
    ID("id", 6, Type.NUMBER, null);

    /** How a value is stored: numbers and dates as what they are, so that Excel sorts and filters them. */
    enum Type { TEXT, WRAPPED, NUMBER, DATE }

    final String key;
    /** Width in Excel characters; a Chinese character takes about two. */
    final int width;
    final Type type;
    /** The task field whose inheritance this column shows ({@link Task#inherited()}), or null. */
    final String inheritedField;

    XlsxColumn(String key, int width, Type type, String inheritedField) {
        this.key = key;
        this.width = width;
        this.type = type;
        this.inheritedField = inheritedField;
    }

    /** The separator inside a cell holding a list, as in the CSV. */
    static final String LIST_SEPARATOR = CsvColumns.LIST_SEPARATOR;

    /**
     * This column's value for one task: {@link Integer}, {@link String} or {@link LocalDate}, or null where the
     * cell stays empty (an absent value or an empty list is no cell at all, so that COUNTA and filters agree).
     *
     * @param warnings the messages of the warnings about this task's row, already joined, or null
     */
    Object value(NoticeResult result, Task task, Labels labels, String warnings) {
        Notice notice = result.notice();
        Deadline deadline = task.deadline();
        return switch (this) {
            case SEQ -> task.seq();
            case SECTION_NO -> task.sectionNo();
            case SECTION -> blankToNull(task.section());
            case TASK_NO -> task.taskNo();
            case TASK -> blankToNull(task.task());
            case REQUIREMENT -> blankToNull(task.requirement());
            case LEAD -> joined(task.lead());
            case RESPONSIBLE -> joined(task.responsible());
            case DEADLINE -> deadline == null ? null : blankToNull(deadline.text());
            case DEADLINE_KIND -> deadline == null ? null : labels.kind(deadline.kind());
            case DEADLINE_DATE -> deadline == null ? null : date(deadline.date());
            case PLAN_YEAR -> notice == null ? null : notice.planYear();
            case TITLE -> notice == null ? null : blankToNull(notice.title());
            case ISSUER -> notice == null ? null : blankToNull(notice.issuer());
            case DOC_NUMBER -> notice == null ? null : blankToNull(notice.docNumber());
            case NOTICE_DATE -> notice == null ? null : date(notice.date());
            case INHERITED -> joined(task.inherited().stream().map(labels::field).toList());
            case WARNINGS -> blankToNull(warnings);
            case SOURCE -> result.source() == null ? null : blankToNull(result.source().path());
            case ID -> task.id();
        };
    }

    /**
     * An ISO date as a date, so that Excel's date filters and "overdue" rules work; anything else (never
     * expected from the extractor), or a date Excel cannot hold (before 1900), stays text rather than being lost.
     */
    static Object date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(iso);
            return date.getYear() < 1900 ? iso : date;
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

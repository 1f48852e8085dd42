package io.planextract.write;

import io.planextract.model.Deadline;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.util.ArrayList;
import java.util.List;

/** The flat, one-row-per-task view shared by CSV and spreadsheet outputs (docs/OUTPUT.md, "CSV"). */
public final class CsvColumns {
    public static final List<String> HEADER = List.of("source", "id", "seq", "section_no", "section", "task_no",
            "task", "requirement", "lead", "responsible", "deadline", "deadline_kind", "deadline_date", "issuer",
            "doc_number", "notice_date");

    /** Lists are joined with a full-width semicolon, which never occurs inside a unit name. */
    public static final String LIST_SEPARATOR = "；";

    private CsvColumns() {
    }

    /** {@link #HEADER} in {@code labels}: the contract's names for {@link Labels#EN}, a clerk's for {@link Labels#ZH}. */
    public static List<String> header(Labels labels) {
        return HEADER.stream().map(labels::column).toList();
    }

    /** One row of values in {@link #HEADER} order; absent values are empty strings. */
    public static List<String> row(NoticeResult result, Task task) {
        return row(result, task, Labels.EN);
    }

    /** One row as {@link #row(NoticeResult, Task)}, with the deadline kind in {@code labels}. */
    public static List<String> row(NoticeResult result, Task task, Labels labels) {
        Deadline d = task.deadline();
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(result.source() == null ? "" : text(result.source().path()));
        row.add(String.valueOf(task.id()));
        row.add(text(task.seq()));
        row.add(text(task.sectionNo()));
        row.add(text(task.section()));
        row.add(text(task.taskNo()));
        row.add(text(task.task()));
        row.add(text(task.requirement()));
        row.add(String.join(LIST_SEPARATOR, task.lead()));
        row.add(String.join(LIST_SEPARATOR, task.responsible()));
        row.add(d == null ? "" : text(d.text()));
        row.add(d == null ? "" : text(labels.kind(d.kind())));
        row.add(d == null ? "" : text(d.date()));
        row.add(text(result.notice().issuer()));
        row.add(text(result.notice().docNumber()));
        row.add(text(result.notice().date()));
        return row;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

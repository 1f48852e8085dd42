package io.planextract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Everything plan-extract says about one notice: the JSON document of docs/OUTPUT.md. */
@JsonPropertyOrder({"schemaVersion", "source", "notice", "tables", "tasks", "warnings"})
public record NoticeResult(
        String schemaVersion,
        Source source,
        Notice notice,
        List<TableInfo> tables,
        List<Task> tasks,
        List<Warning> warnings) {

    public static final String SCHEMA_VERSION = "1";

    public NoticeResult {
        tables = List.copyOf(tables);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }
}

package io.planextract.table;

import io.planextract.model.Warning;
import java.util.List;

/** A task table read by the engine: its header, its task rows in order, and the warnings for a reviewer. */
public record TableReading(Header header, List<TaskRow> rows, List<Warning> warnings) {
    public TableReading {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}

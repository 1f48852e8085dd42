package io.planextract.model;

import java.util.List;

/** A task table of the notice: its title (the line above it), header labels as printed, and task rows read. */
public record TableInfo(String title, List<String> header, int rows) {
    public TableInfo {
        header = List.copyOf(header);
    }
}

package io.planextract.table;

import java.util.List;

/**
 * A table's header: one column per grid column, the labels as printed (a label over two data columns once), and
 * how many rows it took.
 */
public record Header(List<Column> columns, List<String> labels, int rows) {
    public Header {
        columns = List.copyOf(columns);
        labels = List.copyOf(labels);
    }

    public int width() {
        return columns.size();
    }

    public boolean has(ColumnRole role) {
        return columns.stream().anyMatch(c -> c.role() == role);
    }
}

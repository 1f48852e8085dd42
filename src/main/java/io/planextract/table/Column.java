package io.planextract.table;

/** One grid column of a task table: its role and the header label it was read from. */
public record Column(ColumnRole role, String label) {
}

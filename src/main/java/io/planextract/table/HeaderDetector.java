package io.planextract.table;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.grammar.Role;
import io.planextract.grammar.RoleLabels;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header row(s) of a table and gives each grid column its role. Handles a second header row under a
 * spanning label ({@code 责任单位} over {@code 牵头单位 | 配合单位}) and a header shorter than its rows, where
 * {@code 工作任务} stands over two data columns: the left one is the section, the right one the task.
 */
public final class HeaderDetector {
    /** Rows searched for a header: a title row or two may stand above it inside the table. */
    private static final int SEARCH_ROWS = 6;

    /** The header, where it starts, and what a reviewer should know about it. */
    public record Found(Header header, int firstRow, List<Warning> warnings) {
    }

    private HeaderDetector() {
    }

    public static Optional<Found> detect(Table table, int width, int tableNo) {
        List<Row> rows = table.rows();
        for (int r = 0; r < Math.min(rows.size(), SEARCH_ROWS); r++) {
            if (isHeaderRow(rows.get(r))) {
                List<Warning> warnings = new ArrayList<>();
                Row second = r + 1 < rows.size() && isSubHeaderRow(rows.get(r + 1)) ? rows.get(r + 1) : null;
                boolean unlabelledNumbers = numberedWithoutLabel(rows, r, width);
                Header header = second == null
                        ? oneRow(rows.get(r), width - (unlabelledNumbers ? 1 : 0), tableNo, warnings)
                        : TwoRowHeader.of(rows.get(r), second, width - (unlabelledNumbers ? 1 : 0));
                if (unlabelledNumbers) {
                    header = withSequenceColumn(header);
                }
                if (!header.has(ColumnRole.TASK) && !header.has(ColumnRole.REQUIREMENT)) {
                    Optional<Header> named = taskFromOwnLabel(header);
                    if (named.isEmpty()) {
                        return Optional.empty(); // a list of contacts or units, not of tasks
                    }
                    header = named.get();
                    warnings.add(WarningCode.TASK_COLUMN_BY_POSITION.at(Origin.ofTable(tableNo), taskLabel(header)));
                }
                for (Column c : header.columns()) {
                    if (c.role() == ColumnRole.EXTRA && !c.label().isEmpty() && !c.label().startsWith("列")
                            && HeaderLabels.classify(c.label()) == null) {
                        warnings.add(WarningCode.COLUMN_WITHOUT_ROLE.at(Origin.ofTable(tableNo), c.label()));
                    }
                }
                return Optional.of(new Found(resolveAssisting(header), r, warnings));
            }
        }
        return Optional.empty();
    }

    /**
     * A header narrower than its rows, with no 序号 label, over rows that mostly start with a bare number: the
     * numbers are a sequence column the header left unlabelled, not a second task column.
     */
    private static boolean numberedWithoutLabel(List<Row> rows, int headerRow, int width) {
        Row header = rows.get(headerRow);
        if (header.width() >= width || header.cells().isEmpty()
                || HeaderLabels.classify(CellText.label(header.cells().get(0))) == ColumnRole.SEQ) {
            return false;
        }
        int full = 0;
        int numbered = 0;
        for (int i = headerRow + 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.width() >= width) {
                full++;
                if (CellText.label(row.cells().get(0)).matches("\\d{1,4}")) {
                    numbered++;
                }
            }
        }
        return full > 0 && numbered * 10 >= full * 8;
    }

    /**
     * A table that assigns units but names its task column in its own words ({@code 民生实事}, {@code 专项整治行业名称},
     * {@code 整改问题}): a clerk reads the first labelled column left of the unit columns that is neither a number,
     * a person nor a role as the task column. Without a unit column there is no such reading (a contact list).
     */
    private static Optional<Header> taskFromOwnLabel(Header header) {
        List<Column> columns = header.columns();
        int firstUnit = -1;
        for (int i = 0; i < columns.size() && firstUnit < 0; i++) {
            ColumnRole role = columns.get(i).role();
            firstUnit = role == ColumnRole.LEAD || role == ColumnRole.RESPONSIBLE ? i : -1;
        }
        for (int i = 0; i < firstUnit; i++) {
            Column c = columns.get(i);
            if (c.role() == ColumnRole.EXTRA && !c.label().isEmpty() && !c.label().startsWith("列")
                    && RoleLabels.classify(c.label()) != Role.PERSON) {
                List<Column> named = new ArrayList<>(columns);
                named.set(i, new Column(ColumnRole.TASK, c.label()));
                return Optional.of(new Header(named, header.labels(), header.rows()));
            }
        }
        return Optional.empty();
    }

    private static String taskLabel(Header header) {
        return header.columns().stream().filter(c -> c.role() == ColumnRole.TASK).findFirst().map(Column::label)
                .orElse("");
    }

    private static Header withSequenceColumn(Header header) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(ColumnRole.SEQ, ""));
        columns.addAll(header.columns());
        return new Header(columns, header.labels(), header.rows());
    }

    /** A row most of whose filled cells are known labels, at least two of them. */
    static boolean isHeaderRow(Row row) {
        int known = 0;
        int filled = 0;
        for (Cell c : row.cells()) {
            String label = CellText.label(c);
            if (label.isEmpty()) {
                continue;
            }
            filled++;
            if (HeaderLabels.classify(label) != null) {
                known++;
            }
        }
        return known >= 2 && known * 2 >= filled;
    }

    /** A row that prints the header's own labels again, as Word does at the top of each page. */
    static boolean repeats(Header header, Row row) {
        int same = 0;
        int filled = 0;
        for (Cell c : row.cells()) {
            String label = CellText.label(c);
            if (label.isEmpty()) {
                continue;
            }
            filled++;
            if (header.labels().contains(label)) {
                same++;
            }
        }
        return same >= 2 && same * 2 >= filled + 1;
    }

    /** Short labels under a spanning header cell, the other cells empty or merged from above. */
    private static boolean isSubHeaderRow(Row row) {
        int labels = 0;
        int empty = 0;
        for (Cell c : row.cells()) {
            String label = CellText.label(c);
            if (label.isEmpty()) {
                empty++;
            } else if (HeaderLabels.classify(label) != null && label.length() <= 8) {
                labels++;
            } else {
                return false;
            }
        }
        return labels >= 1 && empty >= 1;
    }

    private static Header oneRow(Row row, int width, int tableNo, List<Warning> warnings) {
        List<Column> columns = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int missing = Math.max(0, width - row.width());
        int taskCell = indexOfRole(row, ColumnRole.TASK);
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            String label = CellText.label(cell);
            labels.add(label);
            int span = cell.colSpan() + (i == taskCell ? missing : 0);
            columns.addAll(spread(label, span));
        }
        if (missing > 0 && taskCell >= 0) {
            warnings.add(WarningCode.HEADER_SPANS_COLUMNS.at(Origin.ofTable(tableNo), labels.get(taskCell), missing + 1));
        }
        while (columns.size() < width) {
            columns.add(new Column(ColumnRole.EXTRA, "列" + (columns.size() + 1)));
            if (columns.size() == width) {
                warnings.add(WarningCode.ROW_WIDER_THAN_HEADER.at(Origin.ofTable(tableNo), "数据行", missing));
            }
        }
        return new Header(columns, labels, 1);
    }

    /** A label over {@code span} columns: the task label's left columns are sections; others repeat the role. */
    private static List<Column> spread(String label, int span) {
        ColumnRole role = HeaderLabels.classify(label);
        List<Column> out = new ArrayList<>();
        for (int k = 0; k < span; k++) {
            if (role == null) {
                out.add(new Column(ColumnRole.EXTRA, label));
            } else if (role == ColumnRole.TASK && span > 1 && k < span - 1) {
                out.add(new Column(ColumnRole.SECTION, label));
            } else {
                out.add(new Column(role, label));
            }
        }
        return out;
    }

    /** With 责任单位 and 配合单位 columns but no 牵头 column, the 责任单位 units lead (RULES §2). */
    private static Header resolveAssisting(Header header) {
        if (header.has(ColumnRole.LEAD)) {
            return header;
        }
        boolean assisting = false;
        boolean primary = false;
        for (Column c : header.columns()) {
            if (c.role() == ColumnRole.RESPONSIBLE) {
                if (HeaderLabels.isAssisting(c.label())) {
                    assisting = true;
                } else {
                    primary = true;
                }
            }
        }
        if (!assisting || !primary) {
            return header;
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : header.columns()) {
            boolean leads = c.role() == ColumnRole.RESPONSIBLE && !HeaderLabels.isAssisting(c.label());
            columns.add(leads ? new Column(ColumnRole.LEAD, c.label()) : c);
        }
        return new Header(columns, header.labels(), header.rows());
    }

    private static int indexOfRole(Row row, ColumnRole role) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (HeaderLabels.classify(CellText.label(row.cells().get(i))) == role) {
                return i;
            }
        }
        return -1;
    }
}

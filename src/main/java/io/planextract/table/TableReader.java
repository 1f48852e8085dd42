package io.planextract.table;

import io.planextract.doc.MostCommon;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table engine: finds the header, lays rows on the grid, tells section rows from task rows, skips header rows
 * repeated after a page break, and settles merged and blank cells. Returns empty for a table without a header of
 * task columns (a layout table, a signature block).
 */
public final class TableReader {
    private static final Pattern SEQ_NUMBER = Pattern.compile("\\d{1,5}");

    private TableReader() {
    }

    /** @param tableNo 1-based number of this table among the notice's task tables, for origins and warnings */
    public static Optional<TableReading> read(Table table, int tableNo) {
        int width = gridWidth(table);
        Optional<HeaderDetector.Found> found = HeaderDetector.detect(table, width, tableNo);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Header header = found.get().header();
        List<Warning> warnings = new ArrayList<>(found.get().warnings());
        RowInheritance inheritance = new RowInheritance(header);
        List<TaskRow> rows = new ArrayList<>();
        List<RowInheritance.Resolved> resolved = new ArrayList<>();
        List<Row> all = table.rows();
        int dataRow = 0;
        for (int r = found.get().firstRow() + header.rows(); r < all.size(); r++) {
            Row row = all.get(r);
            if (HeaderDetector.repeats(header, row)) {
                continue; // the header printed again after a page break
            }
            GridRow grid = GridRow.of(row, header.width(), table.exactMerges());
            if (grid.isEmpty()) {
                continue;
            }
            dataRow++;
            String numberedTitle = grid.numberedTitleInSeqColumn(header);
            if (grid.spansTable() || grid.isLoneHeading() || numberedTitle != null) {
                String heading = numberedTitle != null ? numberedTitle : TextCleaner.joinRunOn(grid.spanningText());
                if (Headings.level(heading) == 2 && inheritance.inSection()) {
                    inheritance.groupRow(heading);
                } else {
                    inheritance.sectionRow(heading);
                }
                continue;
            }
            RowInheritance.Resolved settled = inheritance.resolve(grid);
            TaskRow task = taskRow(dataRow, grid, header, settled);
            rows.add(task);
            resolved.add(settled);
            rowWarnings(grid, settled, task, tableNo, warnings);
        }
        ambiguousBlanks(rows, resolved, tableNo, warnings);
        sequenceWarnings(rows, tableNo, warnings);
        return Optional.of(new TableReading(header, rows, warnings));
    }

    /** The usual width of the rows; a text dump's header, section rows and truncated rows are narrower. */
    public static int gridWidth(Table table) {
        Map<Integer, Integer> counts = new HashMap<>();
        int widest = 1;
        for (Row row : table.rows()) {
            int w = row.width();
            widest = Math.max(widest, w);
            if (w > 1) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return table.exactMerges() ? widest : MostCommon.of(counts, widest);
    }

    private static TaskRow taskRow(int dataRow, GridRow grid, Header header, RowInheritance.Resolved r) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < header.width(); i++) {
            Column c = header.columns().get(i);
            List<String> p = grid.slots().get(i).paragraphs();
            if (c.role() == ColumnRole.EXTRA && !p.isEmpty()) {
                extra.merge(c.label(), TextCleaner.joinRunOn(p), (a, b) -> a + "\n" + b);
            }
        }
        for (int k = 0; k < grid.overflow().size(); k++) {
            extra.put("列" + (header.width() + k + 1), TextCleaner.joinRunOn(grid.overflow().get(k)));
        }
        Map<ColumnRole, String> v = r.values();
        return new TaskRow(dataRow, grid.line(), v.get(ColumnRole.SEQ), v.get(ColumnRole.SECTION),
                v.get(ColumnRole.TASK), v.get(ColumnRole.REQUIREMENT), v.get(ColumnRole.LEAD),
                v.get(ColumnRole.RESPONSIBLE), v.get(ColumnRole.DEADLINE), extra, r.inherited());
    }

    private static void rowWarnings(GridRow grid, RowInheritance.Resolved r, TaskRow task, int tableNo,
            List<Warning> warnings) {
        Origin at = Origin.ofRow(tableNo, task.row(), task.line());
        if (!grid.overflow().isEmpty()) {
            warnings.add(WarningCode.ROW_WIDER_THAN_HEADER.at(at, "这一行", grid.overflow().size()));
        }
        if (r.newTitleWithInheritedUnits()) {
            List<String> units = r.inherited().stream().filter(f -> f.equals("lead") || f.equals("responsible"))
                    .map(f -> f.equals("lead") ? "牵头单位" : "责任单位").toList();
            warnings.add(WarningCode.INHERITED_ACROSS_TASK.at(at, String.join("、", units)));
        }
    }

    /** A stated lead, a blank responsible, and the same responsible above and below: the rule chose, say so. */
    private static void ambiguousBlanks(List<TaskRow> rows, List<RowInheritance.Resolved> resolved, int tableNo,
            List<Warning> warnings) {
        for (int i = 0; i + 1 < rows.size(); i++) {
            String dropped = resolved.get(i).droppedResponsible();
            TaskRow next = rows.get(i + 1);
            if (dropped != null && dropped.equals(next.responsible()) && !next.inherited().contains("responsible")) {
                warnings.add(WarningCode.AMBIGUOUS_BLANK.at(Origin.ofRow(tableNo, rows.get(i).row(), rows.get(i).line()),
                        dropped));
            }
        }
    }

    private static void sequenceWarnings(List<TaskRow> rows, int tableNo, List<Warning> warnings) {
        Integer previous = null;
        for (TaskRow row : rows) {
            if (row.seq() == null || !SEQ_NUMBER.matcher(row.seq()).matches()) {
                continue;
            }
            int seq = Integer.parseInt(row.seq());
            Origin at = Origin.ofRow(tableNo, row.row(), row.line());
            if (previous != null && seq == previous) {
                warnings.add(WarningCode.SEQ_REPEAT.at(at, seq));
            } else if (previous != null && seq != previous + 1) {
                warnings.add(WarningCode.SEQ_GAP.at(at, previous, seq));
            }
            previous = seq;
        }
    }
}

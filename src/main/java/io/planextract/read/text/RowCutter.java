package io.planextract.read.text;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.doc.MostCommon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recovers the rows of a text-dump table. Every row ends with an empty line, but so may a cell that ends in an
 * empty paragraph, so the cells are first split into groups at empty lines and then the groups are joined into
 * rows of the table's column count. The column count comes from the numbered rows where there are any (the
 * distance between {@code n} and {@code n+1}), else from the most common group size. A row of one cell that is
 * not a number is a section row spanning the table; shorter rows (a shorter header, a truncated last row) are
 * allowed but cost more, so the cheapest cut is the one a reader of the printed table would make.
 */
final class RowCutter {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final int WIDER_THAN_TABLE = 1_000;
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．].*|^第[一二三四五六七八九十]{1,3}部分.*");

    private RowCutter() {
    }

    static Table cut(List<RawCell> cells, ReadLimits limits) throws ReadException {
        List<int[]> groups = groups(cells);
        int columns = columnCount(cells, groups);
        if (columns > limits.maxTableCols()) {
            throw new ReadException("the table at line " + cells.get(0).line() + " has " + columns
                    + " columns; plan-extract reads tables of up to " + limits.maxTableCols());
        }
        List<Row> rows = new ArrayList<>();
        for (int[] range : cheapestRows(cells, groups, columns)) {
            List<Cell> row = new ArrayList<>(range[1] - range[0]);
            for (int c = range[0]; c < range[1]; c++) {
                RawCell raw = cells.get(c);
                row.add(new Cell(raw.paragraphs(), 1, false, raw.line()));
            }
            rows.add(new Row(row));
            if (rows.size() > limits.maxTableRows()) {
                throw new ReadException("the table at line " + cells.get(0).line() + " has more than "
                        + limits.maxTableRows() + " rows");
            }
        }
        return new Table(rows, false, cells.get(0).line());
    }

    /** Ranges [from, to) of cells between empty lines. */
    static List<int[]> groups(List<RawCell> cells) {
        List<int[]> groups = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).endsWithEmptyLine() || i == cells.size() - 1) {
                groups.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        return groups;
    }

    static int columnCount(List<RawCell> cells, List<int[]> groups) {
        int fromNumbers = distanceBetweenNumberedRows(cells, groups);
        if (fromNumbers > 1) {
            return fromNumbers;
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        int largest = 1;
        for (int[] g : groups) {
            int size = g[1] - g[0];
            largest = Math.max(largest, size);
            if (size >= 2) {
                sizes.merge(size, 1, Integer::sum);
            }
        }
        return MostCommon.of(sizes, largest);
    }

    /** The usual cell distance from a group starting with {@code n} to the next one starting with {@code n+1}. */
    private static int distanceBetweenNumberedRows(List<RawCell> cells, List<int[]> groups) {
        Map<Integer, Integer> distances = new HashMap<>();
        int lastValue = -1;
        int lastPosition = -1;
        for (int[] g : groups) {
            String text = cells.get(g[0]).firstText();
            if (!NUMBER.matcher(text).matches()) {
                continue;
            }
            int value = Integer.parseInt(text);
            if (value == lastValue + 1 && g[0] - lastPosition > 1) {
                distances.merge(g[0] - lastPosition, 1, Integer::sum);
            }
            lastValue = value;
            lastPosition = g[0];
        }
        int best = MostCommon.of(distances, 0);
        return best > 0 && distances.get(best) >= 3 ? best : 0;
    }

    /** Dynamic programming over group boundaries: each row is a run of whole groups. */
    private static List<int[]> cheapestRows(List<RawCell> cells, List<int[]> groups, int columns) {
        int n = groups.size();
        boolean[] alone = new boolean[n];
        for (int g = 0; g < n; g++) {
            alone[g] = standsAlone(cells, groups, g);
        }
        long[] cost = new long[n + 1];
        int[] next = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            cost[i] = Long.MAX_VALUE;
            int size = 0;
            for (int j = i + 1; j <= n; j++) {
                size += groups.get(j - 1)[1] - groups.get(j - 1)[0];
                if ((size > columns || alone[j - 1] || alone[i]) && j > i + 1) {
                    break;
                }
                long c = rowCost(size, columns, cells.get(groups.get(i)[0])) + cost[j];
                if (c < cost[i]) {
                    cost[i] = c;
                    next[i] = j;
                }
            }
        }
        List<int[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i = next[i]) {
            rows.add(new int[] {groups.get(i)[0], groups.get(next[i] - 1)[1]});
        }
        return rows;
    }

    /**
     * A header row and a lone numbered heading are rows of their own, whatever the counts say: a header shorter
     * than the data rows must not borrow the section row below it.
     */
    private static boolean standsAlone(List<RawCell> cells, List<int[]> groups, int g) {
        int[] group = groups.get(g);
        if (group[1] - group[0] == 1) {
            return HEADING.matcher(cells.get(group[0]).firstText()).matches();
        }
        if (g != 0) {
            return false;
        }
        int labels = 0;
        for (int c = group[0]; c < group[1]; c++) {
            if (RoleLabels.isLabel(cells.get(c).firstText())) {
                labels++;
            }
        }
        return labels >= 2 && labels * 2 >= group[1] - group[0];
    }

    private static long rowCost(int size, int columns, RawCell first) {
        if (size == columns) {
            return 0;
        }
        if (size > columns) {
            return WIDER_THAN_TABLE + (size - columns);
        }
        if (size == 1 && !first.firstText().isEmpty() && !NUMBER.matcher(first.firstText()).matches()) {
            return 1;
        }
        return 2L + columns - size;
    }
}

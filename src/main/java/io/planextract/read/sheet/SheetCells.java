package io.planextract.read.sheet;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;

/**
 * One sheet as the workbook stores it, before hidden parts are dropped and merges laid out: the text of every cell
 * that shows something, by 0-based row and column. Sparse, so a sheet with a value in row 1 and another in row
 * 1,048,576 costs two cells, not a million rows.
 *
 * @param name          the sheet's name, for warnings
 * @param values        row → column → text as displayed (never blank)
 * @param hiddenRows    rows the sheet hides that hold a value
 * @param hiddenColumns columns the sheet hides (a sheet has at most {@value #MAX_COLUMNS})
 * @param merges        merged regions as stored (they may reach past the sheet's values)
 */
record SheetCells(String name, NavigableMap<Integer, NavigableMap<Integer, String>> values, Set<Integer> hiddenRows,
        BitSet hiddenColumns, List<Merge> merges) {
    /** Excel's widest sheet: columns A to XFD. */
    static final int MAX_COLUMNS = 16_384;

    SheetCells {
        values = Collections.unmodifiableNavigableMap(values);
        hiddenRows = Set.copyOf(hiddenRows);
        hiddenColumns = (BitSet) hiddenColumns.clone();
        merges = List.copyOf(merges);
    }

    /** A merged region, 0-based and inclusive, its value held by its top-left cell. */
    record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        boolean covers(int row, int col) {
            return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
        }
    }

    @Override
    public BitSet hiddenColumns() {
        return (BitSet) hiddenColumns.clone();
    }

    boolean hasHiddenColumns() {
        return !hiddenColumns.isEmpty();
    }

    boolean isHiddenRow(int row) {
        return hiddenRows.contains(row);
    }

    boolean isHiddenColumn(int col) {
        return col >= 0 && hiddenColumns.get(col);
    }
}

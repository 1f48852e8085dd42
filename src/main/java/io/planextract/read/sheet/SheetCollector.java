package io.planextract.read.sheet;

import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers the cells of a workbook's sheets as a workbook reader meets them, checking the limits as it goes, so that a
 * sheet of a million rows is refused at the first row past the limit rather than after it has all been read. One
 * instance serves one workbook (it counts the cells of all its sheets); never shared.
 */
final class SheetCollector {
    /** A limit was passed; the message says which, for a clerk. Unchecked so that it crosses SAX callbacks. */
    static final class LimitReached extends RuntimeException {
        LimitReached(String message) {
            super(message, null, false, false);
        }
    }

    private final ReadLimits limits;
    private final List<SheetCells> sheets = new ArrayList<>();
    private int sheetCount;
    private long cells;
    private String name;
    private int currentRow = -1;
    private boolean currentHidden;
    private NavigableMap<Integer, NavigableMap<Integer, String>> values;
    private Set<Integer> hiddenRows;
    private BitSet hiddenColumns;
    private List<SheetCells.Merge> merges;

    SheetCollector(ReadLimits limits) {
        this.limits = limits;
    }

    /** Counts a sheet against the limit; call for hidden sheets too, which are skipped but still cost a look. */
    void countSheet() {
        if (++sheetCount > limits.maxSheets()) {
            throw new LimitReached("the workbook has more than " + limits.maxSheets()
                    + " sheets; plan-extract reads workbooks up to that size");
        }
    }

    void beginSheet(String sheetName) {
        name = sheetName;
        values = new TreeMap<>();
        hiddenRows = new HashSet<>();
        hiddenColumns = new BitSet();
        merges = new ArrayList<>();
        currentRow = -1;
        currentHidden = false;
    }

    /**
     * The row whose values come next, and whether the sheet hides it. Only hidden rows that hold a value are kept:
     * a sheet may hide a million empty rows.
     */
    void row(int row, boolean hidden) {
        currentRow = row;
        currentHidden = hidden;
    }

    void hiddenColumns(int first, int last) {
        if (first >= 0 && last >= first && first < SheetCells.MAX_COLUMNS) {
            hiddenColumns.set(first, Math.min(last, SheetCells.MAX_COLUMNS - 1) + 1);
            count();
        }
    }

    /** A cell's text as displayed; blank text shows nothing and is not kept. */
    void value(int row, int col, String text) {
        if (row < 0 || col < 0 || text == null || text.isBlank()) {
            return;
        }
        NavigableMap<Integer, String> cellsOfRow = values.get(row);
        if (cellsOfRow == null) {
            if (values.size() >= limits.maxTableRows()) {
                throw new LimitReached("sheet “" + name + "” has more than " + limits.maxTableRows()
                        + " rows with values; plan-extract reads tables up to that size");
            }
            cellsOfRow = new TreeMap<>();
            values.put(row, cellsOfRow);
        }
        if (cellsOfRow.put(col, text) == null) {
            count();
        }
        if (currentHidden && row == currentRow) {
            hiddenRows.add(row);
        }
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow < 0 || firstCol < 0 || lastRow < firstRow || lastCol < firstCol) {
            return; // a damaged reference: nothing to lay out
        }
        if (firstRow == lastRow && firstCol == lastCol) {
            return; // one cell merged with itself is that cell
        }
        merges.add(new SheetCells.Merge(firstRow, lastRow, firstCol, lastCol));
        count();
    }

    void endSheet() {
        sheets.add(new SheetCells(name, values, hiddenRows, hiddenColumns, merges));
        values = null;
    }

    List<SheetCells> sheets() {
        return List.copyOf(sheets);
    }

    /** Merges and hidden-column records count as cells: each costs memory, and a file can hold millions. */
    private void count() {
        if (++cells > limits.maxCells()) {
            throw new LimitReached("the workbook has more than " + limits.maxCells()
                    + " cells; plan-extract reads documents up to that size");
        }
    }
}

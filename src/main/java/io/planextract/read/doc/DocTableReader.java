package io.planextract.read.doc;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads one HWPF table. Vertical merges are flags on the cells. Horizontal merges are usually not flags: Word
 * 97 writes a merged cell as one wider cell, so its span is the number of grid columns its edges cover, the grid
 * being the cell edges of the rows that have the most cells. One instance serves one document: it counts the
 * document's cells against {@link ReadLimits#maxCells()}.
 */
final class DocTableReader {
    record RawTable(List<Row> rows, int headerRows, int nestedTables) {
    }

    private final ReadLimits limits;
    private int cells;

    DocTableReader(ReadLimits limits) {
        this.limits = limits;
    }

    RawTable read(Table table) throws ReadException {
        int n = table.numRows();
        if (n > limits.maxTableRows()) {
            throw new ReadException("a table has more than " + limits.maxTableRows()
                    + " rows; plan-extract reads tables up to that size");
        }
        int full = 0;
        int[] grid = null;
        for (int r = 0; r < n; r++) {
            TableRow row = table.getRow(r);
            if (row.numCells() > full) {
                full = row.numCells();
                grid = edges(row);
            }
        }
        if (full > limits.maxTableCols()) {
            throw new ReadException("a table has more than " + limits.maxTableCols()
                    + " columns; plan-extract reads tables up to that size");
        }
        List<Row> rows = new ArrayList<>(n);
        int headerRows = 0;
        boolean leading = true;
        int nested = 0;
        for (int r = 0; r < n; r++) {
            TableRow row = table.getRow(r);
            if (leading && row.isTableHeader()) {
                headerRows++;
            } else {
                leading = false;
            }
            List<Cell> out = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                if (++cells > limits.maxCells()) {
                    throw new ReadException("the document has more than " + limits.maxCells()
                            + " table cells; plan-extract reads documents up to that size");
                }
                TableCell cell = row.getCell(c);
                int span = row.numCells() == full ? 1 : span(cell, grid);
                if (cell.isMerged() && !cell.isFirstMerged() && !out.isEmpty()) {
                    // the legacy way of merging across: fold the cell into the one on its left
                    Cell left = out.remove(out.size() - 1);
                    out.add(new Cell(left.paragraphs(), left.colSpan() + span, left.continued(), 0));
                    continue;
                }
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                List<String> paragraphs = new ArrayList<>();
                if (!continued) {
                    for (int p = 0; p < cell.numParagraphs(); p++) {
                        Paragraph para = cell.getParagraph(p);
                        if (para.getTableLevel() > table.getTableLevel()) {
                            nested++;
                            if (para.isTableRowEnd()) {
                                continue; // a nested row's end mark: structure, not a paragraph
                            }
                        }
                        paragraphs.addAll(DocText.lines(para.text()));
                    }
                }
                out.add(new Cell(paragraphs, span, continued, 0));
            }
            rows.add(new Row(out));
        }
        return new RawTable(rows, headerRows, nested > 0 ? 1 : 0);
    }

    /** Left edges of a row's cells and the right edge of its last, in twips. */
    private static int[] edges(TableRow row) {
        int[] e = new int[row.numCells() + 1];
        for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            e[c] = cell.getLeftEdge();
            e[c + 1] = cell.getLeftEdge() + cell.getWidth();
        }
        return e;
    }

    /** Grid columns whose middle lies within the cell. */
    private static int span(TableCell cell, int[] grid) {
        int left = cell.getLeftEdge();
        int right = left + cell.getWidth();
        int span = 0;
        for (int i = 0; i + 1 < grid.length; i++) {
            int mid = (grid[i] + grid[i + 1]) / 2;
            if (mid >= left && mid < right) {
                span++;
            }
        }
        return Math.max(1, span);
    }
}

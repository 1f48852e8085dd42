package io.planextract.read.docx;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one {@code w:tbl} into rows of cells with their exact merges: {@code w:gridSpan} (and the legacy
 * {@code w:hMerge}) for horizontal ones, {@code w:vMerge} for vertical ones. One instance serves one document:
 * it counts the document's cells against {@link ReadLimits#maxCells()}.
 */
final class DocxTableReader {
    /** Tables nested deeper than this are read as plain text only: no real notice nests that far. */
    private static final int MAX_NESTING = 8;

    /**
     * A {@code w:tbl} as found, before split tables are joined.
     *
     * @param gridColumns   columns of {@code w:tblGrid} (0 when the table has none)
     * @param rows          its rows
     * @param headerRows    leading rows marked {@code w:tblHeader} (Word repeats them on every page)
     * @param nestedTables  tables found inside its cells and flattened into their text
     */
    record RawTable(int gridColumns, List<Row> rows, int headerRows, int nestedTables) {
    }

    private final ReadLimits limits;
    private int cells;
    private int nested;

    DocxTableReader(ReadLimits limits) {
        this.limits = limits;
    }

    RawTable read(Node tbl) throws ReadException {
        nested = 0;
        Element grid = DocxXml.child(tbl, "tblGrid");
        int gridColumns = 0;
        if (grid != null) {
            for (Node c = grid.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (DocxXml.is(c, "gridCol")) {
                    gridColumns++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int headerRows = 0;
        boolean leading = true;
        for (Node tr : DocxXml.content(tbl)) {
            if (!DocxXml.is(tr, "tr")) {
                continue;
            }
            if (rows.size() >= limits.maxTableRows()) {
                throw new ReadException("a table has more than " + limits.maxTableRows()
                        + " rows; plan-extract reads tables up to that size");
            }
            Element trPr = DocxXml.child(tr, "trPr");
            boolean header = DocxXml.on(DocxXml.child(trPr, "tblHeader"));
            if (leading && header) {
                headerRows++;
            } else {
                leading = false;
            }
            Row row = readRow(tr, DocxXml.intVal(DocxXml.child(trPr, "gridBefore"), 0));
            if (row.width() > limits.maxTableCols()) {
                throw tooWide();
            }
            rows.add(row);
        }
        if (gridColumns > limits.maxTableCols()) {
            throw tooWide();
        }
        return new RawTable(gridColumns, rows, headerRows, nested);
    }

    private ReadException tooWide() {
        return new ReadException("a table has more than " + limits.maxTableCols()
                + " columns; plan-extract reads tables up to that size");
    }

    private Row readRow(Node tr, int gridBefore) throws ReadException {
        List<Cell> row = new ArrayList<>();
        if (gridBefore > 0) {
            // columns the row leaves out on the left: a blank slot keeps the cells under their headers
            row.add(new Cell(List.of(), Math.min(gridBefore, limits.maxTableCols() + 1), false, 0));
        }
        for (Node tc : DocxXml.content(tr)) {
            if (!DocxXml.is(tc, "tc")) {
                continue;
            }
            count();
            Element tcPr = DocxXml.child(tc, "tcPr");
            int span = Math.max(1, Math.min(DocxXml.intVal(DocxXml.child(tcPr, "gridSpan"), 1),
                    limits.maxTableCols() + 1));
            Element hMerge = DocxXml.child(tcPr, "hMerge");
            if (hMerge != null && !"restart".equals(DocxXml.val(hMerge)) && !row.isEmpty()) {
                Cell left = row.remove(row.size() - 1);
                row.add(new Cell(left.paragraphs(), left.colSpan() + span, left.continued(), 0));
                continue;
            }
            Element vMerge = DocxXml.child(tcPr, "vMerge");
            boolean continued = vMerge != null && !"restart".equals(DocxXml.val(vMerge));
            List<String> paragraphs = continued ? List.of() : paragraphs(tc, 0);
            row.add(new Cell(paragraphs, span, continued, 0));
        }
        return new Row(row);
    }

    /**
     * The paragraphs of a cell (or text box), one per line. A nested table is flattened into them, cell by
     * cell, because the document model has no tables inside cells.
     */
    List<String> paragraphs(Node container, int depth) throws ReadException {
        List<String> out = new ArrayList<>();
        for (Node n : DocxXml.content(container)) {
            if (DocxXml.is(n, "p")) {
                DocxText.Lines lines = DocxText.of(n);
                out.addAll(lines.lines());
                for (Node box : lines.textBoxes()) {
                    if (depth < MAX_NESTING) {
                        out.addAll(paragraphs(box, depth + 1));
                    }
                }
            } else if (DocxXml.is(n, "tbl")) {
                nested++;
                if (depth >= MAX_NESTING) {
                    continue; // deeper than any real notice nests: an attack, not content
                }
                for (Node tr : DocxXml.content(n)) {
                    if (!DocxXml.is(tr, "tr")) {
                        continue;
                    }
                    for (Node tc : DocxXml.content(tr)) {
                        if (DocxXml.is(tc, "tc")) {
                            count();
                            out.addAll(paragraphs(tc, depth + 1));
                        }
                    }
                }
            }
        }
        return out;
    }

    private void count() throws ReadException {
        if (++cells > limits.maxCells()) {
            throw new ReadException("the document has more than " + limits.maxCells()
                    + " table cells; plan-extract reads documents up to that size");
        }
    }
}

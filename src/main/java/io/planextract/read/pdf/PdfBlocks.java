package io.planextract.read.pdf;

import io.planextract.doc.Block;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.SplitTables;
import java.util.ArrayList;
import java.util.List;

/**
 * The document body from its pages, in reading order: running lines joined into paragraphs (also across a page
 * break), and the pages of a table joined into one table. A table goes on on the next page when nothing but page
 * furniture stands between and its outer borders line up; its pages then share one column grid, the header
 * printed again at the top of a page is dropped, and a merged cell cut by the page break stays one merge.
 */
final class PdfBlocks {
    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private final List<TablePart> openTable = new ArrayList<>();
    private StringBuilder paragraph;
    private TextLine above;
    private Paragraphs.Box aboveBox;
    private int cells;

    private PdfBlocks(ReadLimits limits) {
        this.limits = limits;
    }

    static List<Block> of(List<PageContent> pages, ReadLimits limits) throws ReadException {
        PdfBlocks b = new PdfBlocks(limits);
        for (PageContent page : pages) {
            Paragraphs.Box box = page.textBox();
            for (PageContent.Item item : page.items()) {
                if (item.table() != null) {
                    b.table(item.table());
                } else {
                    b.line(item.line(), box);
                }
            }
        }
        b.closeParagraph();
        b.closeTable();
        return List.copyOf(b.blocks);
    }

    private void line(TextLine line, Paragraphs.Box box) throws ReadException {
        closeTable();
        if (paragraph != null && Paragraphs.continues(above, line, aboveBox)
                && line.left() - box.left() <= 1.5f * line.size()) {
            Paragraphs.join(paragraph, line.text());
        } else {
            closeParagraph();
            paragraph = new StringBuilder(line.text());
        }
        above = line;
        aboveBox = box;
    }

    private void closeParagraph() {
        if (paragraph != null) {
            blocks.add(new Paragraph(paragraph.toString(), 0));
        }
        paragraph = null;
        above = null;
    }

    private void table(TablePart part) throws ReadException {
        closeParagraph();
        if (!openTable.isEmpty()) {
            TablePart last = openTable.get(openTable.size() - 1);
            if (last.page() == part.page() || !last.region().sameWidthAs(part.region())) {
                closeTable();
            }
        }
        openTable.add(part);
    }

    private void closeTable() throws ReadException {
        if (openTable.isEmpty()) {
            return;
        }
        float[] xs = columnEdges(openTable);
        if (xs.length - 1 > limits.maxTableCols()) {
            throw new ReadException("a table has more than " + limits.maxTableCols()
                    + " columns; plan-extract reads tables up to that size");
        }
        List<Row> rows = new ArrayList<>();
        TablePart.Laid before = null;
        for (TablePart part : openTable) {
            TablePart.Laid laid = part.rows(xs);
            List<Row> next = laid.rows();
            if (!rows.isEmpty()) {
                int repeated = SplitTables.repeatedHeader(rows, 0, next, 0);
                next = next.subList(Math.max(0, repeated), next.size());
                boolean[] open = before.goesOnIn(laid, Math.max(0, repeated));
                if (!next.isEmpty() && PageBreaks.joinSplitRow(rows, open, next.get(0))) {
                    next = next.subList(1, next.size());
                } else {
                    next = PageBreaks.continueMerges(rows, open, next);
                }
            }
            before = laid;
            rows.addAll(next);
            for (Row r : next) {
                cells += r.cells().size();
            }
            if (rows.size() > limits.maxTableRows()) {
                throw new ReadException("a table has more than " + limits.maxTableRows()
                        + " rows; plan-extract reads tables up to that size");
            }
            if (cells > limits.maxCells()) {
                throw new ReadException("the document has more than " + limits.maxCells()
                        + " table cells; plan-extract reads documents up to that size");
            }
        }
        blocks.add(new Table(rows, true, 0));
        openTable.clear();
    }

    /** One column grid for all pages of a table: every page's column borders together. */
    private static float[] columnEdges(List<TablePart> parts) {
        int n = 0;
        for (TablePart p : parts) {
            n += p.region().columnEdges().length;
        }
        float[] all = new float[n];
        int i = 0;
        for (TablePart p : parts) {
            for (float x : p.region().columnEdges()) {
                all[i++] = x;
            }
        }
        return TableRegion.edges(all);
    }

}

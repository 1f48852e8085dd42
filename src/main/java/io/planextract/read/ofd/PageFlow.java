package io.planextract.read.ofd;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.SplitTables;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages' items as one body of blocks: lines outside tables joined into paragraphs (also over a page break),
 * and a table that ends one page and starts the next with the same columns joined into one, its repeated header
 * rows dropped (as the DOCX reader joins a table Word split). A vertical merge still open at the foot of a page
 * goes on at the head of the next, where the writer leaves the cell blank.
 */
final class PageFlow {
    /** Column edges of two parts of one table agree to within this (mm). */
    private static final double SAME_COLUMN = 2.0;

    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private final List<TextLine> lines = new ArrayList<>();
    private final List<PageLayout.Page> linePages = new ArrayList<>();
    private double[] openColumns;
    private List<Row> openRows;
    private boolean tableEndsPage;
    private int cells;

    PageFlow(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * The pages with the text column each shares with the pages of its size: the widest extent of their lines
     * outside tables. A page holding a few short lines (the 抄送 and 印发 lines under a table) says nothing about
     * its margins by itself, and would make its longest line look as if it ran to the edge.
     */
    static List<PageLayout.Page> withSharedMargins(List<PageLayout.Page> pages) {
        List<PageLayout.Page> out = new ArrayList<>(pages.size());
        for (PageLayout.Page p : pages) {
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            for (PageLayout.Page q : pages) {
                if (Math.abs(q.width() - p.width()) <= 1 && q.left() <= q.right()) {
                    left = Math.min(left, q.left());
                    right = Math.max(right, q.right());
                }
            }
            out.add(new PageLayout.Page(p.number(), p.items(), left, right, p.width()));
        }
        return out;
    }

    void add(PageLayout.Page page) throws ReadException {
        List<PageLayout.Item> items = page.items();
        for (int i = 0; i < items.size(); i++) {
            PageLayout.Item item = items.get(i);
            if (item instanceof PageLayout.Line line) {
                closeTable();
                lines.add(line.line());
                linePages.add(page);
            } else if (item instanceof PageLayout.TableItem table) {
                boolean continues = i == 0 && tableEndsPage && lines.isEmpty() && sameColumns(table.grid().xs());
                if (continues) {
                    append(table.rows());
                } else {
                    closeTable();
                    closeParagraphs();
                    openColumns = table.grid().xs();
                    openRows = new ArrayList<>(table.rows());
                    check(openRows.size(), table.grid().columns(), table.rows());
                }
            }
        }
        tableEndsPage = openRows != null;
    }

    List<Block> finish() {
        closeTable();
        closeParagraphs();
        return blocks;
    }

    private boolean sameColumns(double[] xs) {
        if (openColumns == null || openColumns.length != xs.length) {
            return false;
        }
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(openColumns[i] - xs[i]) > SAME_COLUMN) {
                return false;
            }
        }
        return true;
    }

    private void append(List<Row> next) throws ReadException {
        int repeated = SplitTables.repeatedHeader(openRows, 0, next, 0);
        List<Row> rest = next.subList(Math.max(repeated, 0), next.size());
        if (!rest.isEmpty()) {
            Row above = openRows.get(openRows.size() - 1);
            openRows.add(carryMerges(above, rest.get(0)));
            openRows.addAll(rest.subList(1, rest.size()));
        }
        check(openRows.size(), openColumns.length - 1, rest);
    }

    /**
     * A blank cell at the head of a page, under a cell of the same span that is itself the continuation of a
     * vertical merge at the foot of the last page, is that merge going on.
     */
    static Row carryMerges(Row above, Row first) {
        if (above.cells().size() != first.cells().size()) {
            return first;
        }
        List<Cell> cells = new ArrayList<>(first.cells());
        boolean changed = false;
        for (int i = 0; i < cells.size(); i++) {
            Cell up = above.cells().get(i);
            Cell c = cells.get(i);
            if (up.continued() && !c.continued() && c.isBlank() && up.colSpan() == c.colSpan()) {
                cells.set(i, new Cell(List.of(), c.colSpan(), true, 0));
                changed = true;
            }
        }
        return changed ? new Row(cells) : first;
    }

    private void check(int rows, int columns, List<Row> added) throws ReadException {
        if (rows > limits.maxTableRows()) {
            throw new ReadException("a table has more than " + limits.maxTableRows()
                    + " rows; plan-extract reads tables up to that size");
        }
        if (columns > limits.maxTableCols()) {
            throw new ReadException("a table has more than " + limits.maxTableCols()
                    + " columns; plan-extract reads tables up to that size");
        }
        for (Row r : added) {
            cells += r.cells().size();
        }
        if (cells > limits.maxCells()) {
            throw new ReadException("the tables hold more than " + limits.maxCells()
                    + " cells; plan-extract reads documents up to that size");
        }
    }

    private void closeTable() {
        if (openRows != null) {
            blocks.add(new Table(openRows, true, 0));
            openRows = null;
            openColumns = null;
        }
        tableEndsPage = false;
    }

    private void closeParagraphs() {
        StringBuilder open = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (open != null && continues(i)) {
                open.append(line.text());
            } else {
                if (open != null) {
                    blocks.add(new Paragraph(open.toString(), 0));
                }
                open = new StringBuilder(line.text());
            }
        }
        if (open != null) {
            blocks.add(new Paragraph(open.toString(), 0));
        }
        lines.clear();
        linePages.clear();
    }

    /** Whether line {@code i} goes on from line {@code i - 1}, on the same page or over a page break. */
    private boolean continues(int i) {
        TextLine previous = lines.get(i - 1);
        TextLine line = lines.get(i);
        PageLayout.Page before = linePages.get(i - 1);
        PageLayout.Page page = linePages.get(i);
        if (before == page) {
            return TextLines.continues(previous, line, page.left(), page.right(), page.width() / 2);
        }
        // over a page break the vertical gap says nothing: the last line of one page, the first of the next
        TextLine moved = new TextLine(line.text(), line.left(), line.right(), previous.y() + previous.size() * 1.5,
                line.size());
        boolean last = before.items().get(before.items().size() - 1) instanceof PageLayout.Line l
                && l.line() == previous;
        boolean first = page.items().get(0) instanceof PageLayout.Line l && l.line() == line;
        return last && first && TextLines.continues(previous, moved, Math.min(before.left(), page.left()),
                Math.max(before.right(), page.right()), page.width() / 2);
    }
}

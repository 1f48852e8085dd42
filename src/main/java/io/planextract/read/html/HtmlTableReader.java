package io.planextract.read.html;

import io.planextract.doc.Row;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads one data {@code <table>}: its own rows (directly or under {@code thead/tbody/tfoot}, never those of a
 * table nested in a cell), each cell's paragraphs, and its spans laid out by {@link HtmlGrid}. One instance
 * serves one page: it counts the page's cells against {@link ReadLimits#maxCells()}.
 */
final class HtmlTableReader {
    record Result(List<String> caption, List<Row> rows, int nestedTables) {
    }

    private final ReadLimits limits;
    private int cells;

    HtmlTableReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * A table used for page layout rather than data: it holds a table with at least as many rows as itself
     * (the usual wrapper is one row and one cell around the content). A data table with a small table in one
     * cell stays a data table.
     */
    static boolean isLayout(Element table) {
        int own = rows(table).size();
        for (Element inner : table.select("table")) {
            if (inner != table && rows(inner).size() >= Math.max(own, 2)) {
                return true;
            }
        }
        return false;
    }

    /** The table's own rows in source order. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                        }
                    }
                }
                default -> {
                    // caption, colgroup: not rows
                }
            }
        }
        return rows;
    }

    Result read(Element table) throws ReadException {
        List<String> caption = new ArrayList<>();
        int[] nested = {0};
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                caption.addAll(paragraphs(child, nested));
            }
        }
        List<Element> trs = rows(table);
        if (trs.size() > limits.maxTableRows()) {
            throw new ReadException("a table has more than " + limits.maxTableRows()
                    + " rows; plan-extract reads tables up to that size");
        }
        List<List<HtmlGrid.Source>> source = new ArrayList<>(trs.size());
        for (Element tr : trs) {
            List<HtmlGrid.Source> row = new ArrayList<>();
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                if (++cells > limits.maxCells()) {
                    throw new ReadException("the page has more than " + limits.maxCells()
                            + " table cells; plan-extract reads pages up to that size");
                }
                // a span wider than any table we accept is clipped anyway; capping it here keeps the grid small
                int colSpan = span(td.attr("colspan"), 1, Math.min(HtmlGrid.MAX_COLSPAN, limits.maxTableCols() + 1));
                int rowSpan = span(td.attr("rowspan"), 1, HtmlGrid.MAX_ROWSPAN);
                row.add(new HtmlGrid.Source(paragraphs(td, nested), Math.max(colSpan, 1), rowSpan));
            }
            if (row.size() > limits.maxTableCols()) {
                throw tooWide();
            }
            source.add(row);
        }
        // a <tr> with no cells and nothing reaching into it from above shows nothing in a browser
        List<Row> rows;
        try {
            rows = HtmlGrid.layout(source, limits.maxTableCols()).stream().filter(r -> !r.cells().isEmpty())
                    .toList();
        } catch (HtmlGrid.TooWide e) {
            throw tooWide();
        }
        for (Row r : rows) {
            if (r.width() > limits.maxTableCols()) {
                throw tooWide();
            }
        }
        return new Result(caption, rows, nested[0]);
    }

    private ReadException tooWide() {
        return new ReadException("a table has more than " + limits.maxTableCols()
                + " columns; plan-extract reads tables up to that size");
    }

    /** A span attribute as browsers read it: leading digits, clamped; anything unreadable is the default. */
    static int span(String attr, int fallback, int max) {
        String s = attr.strip();
        int end = 0;
        while (end < s.length() && end < 9 && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return fallback;
        }
        return Math.min(Integer.parseInt(s.substring(0, end)), max);
    }

    /** A cell's paragraphs; a table nested in the cell gives one paragraph per nested cell paragraph. */
    private static List<String> paragraphs(Element cell, int[] nested) {
        HtmlText text = new HtmlText();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.text(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || HtmlText.isIgnored(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != cell && e.normalName().equals("table")) {
                    nested[0]++;
                }
                if (e.normalName().equals("br") || (e != cell && HtmlText.isBlock(e))) {
                    text.end();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e != cell && HtmlText.isBlock(e)) {
                    text.end();
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return text.paragraphs();
    }
}

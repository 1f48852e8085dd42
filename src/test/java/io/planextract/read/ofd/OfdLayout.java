package io.planextract.read.ofd;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a document onto OFD pages the way a word processor does, for round-trip fixtures: paragraphs in 三号
 * (16 pt) with a two-character first-line indent, wrapped at the margin; tables in 五号 (10.5 pt), every cell
 * bordered, a vertically merged cell drawn as one box with its text at the top, long tables broken between rows
 * onto the next page (the header row repeated there when asked). Pages are A3 landscape, where the samples' wide
 * tables fit as they would be printed.
 */
final class OfdLayout {
    static final double PAGE_W = 420;
    static final double PAGE_H = 297;
    static final double MARGIN = 25;
    static final double BODY = 5.64;
    static final double CELL_TEXT = 3.7;
    static final double PAD = 1.9;
    static final double CELL_LINE = CELL_TEXT * 1.45;

    private final OfdBuilder ofd = new OfdBuilder();
    private final boolean repeatHeader;
    private OfdBuilder.Page page;
    private int pageCount;
    private double y;

    private OfdLayout(boolean repeatHeader) {
        this.repeatHeader = repeatHeader;
        newPage();
    }

    /** The document printed as an OFD. */
    static byte[] print(Document document, boolean repeatHeader) {
        OfdLayout layout = new OfdLayout(repeatHeader);
        for (Block b : document.blocks()) {
            if (b instanceof Paragraph p) {
                layout.paragraph(p.text());
            } else if (b instanceof Table t) {
                layout.table(t);
            }
        }
        return layout.ofd.build();
    }

    private void newPage() {
        page = ofd.page(PAGE_W, PAGE_H);
        pageCount++;
        String number = "— " + pageCount + " —";
        page.text(PAGE_W / 2 - width(number, 4.2) / 2, PAGE_H - 12, 4.2, number);
        y = MARGIN;
    }

    private void paragraph(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        double lineHeight = BODY * 1.6;
        List<String> lines = wrap(t, PAGE_W - 2 * MARGIN, 2 * BODY, BODY);
        for (int i = 0; i < lines.size(); i++) {
            if (y + lineHeight > PAGE_H - MARGIN) {
                newPage();
            }
            y += lineHeight;
            page.text(MARGIN + (i == 0 ? 2 * BODY : 0), y, BODY, lines.get(i));
        }
        y += BODY * 0.4;
    }

    /** Text broken into lines no wider than {@code width}, the first {@code indent} narrower. */
    static List<String> wrap(String text, double width, double indent, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = indent;
        for (int off = 0; off < text.length(); ) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            double w = OfdBuilder.advance(cp, size);
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static double width(String text, double size) {
        return text.codePoints().mapToDouble(cp -> OfdBuilder.advance(cp, size)).sum();
    }

    private void table(Table table) {
        List<Row> rows = table.rows();
        int cols = rows.stream().mapToInt(Row::width).max().orElse(1);
        double[] xs = columns(rows, cols);
        int[][] rowSpan = rowSpans(rows);
        double[] heights = heights(rows, xs, rowSpan);
        y += 2;
        int firstOnPage = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (y + heights[r] > PAGE_H - MARGIN && r > firstOnPage) {
                newPage();
                firstOnPage = r;
                if (repeatHeader && r > 0) {
                    drawRow(rows, 0, xs, heights[0], rowSpan, true);
                    y += heights[0];
                }
            }
            drawRow(rows, r, xs, heights[r], rowSpan, r == firstOnPage || r == 0);
            y += heights[r];
            boolean lastOnPage = r + 1 == rows.size() || y + heights[r + 1] > PAGE_H - MARGIN;
            if (lastOnPage) {
                page.line(xs[0], y, xs[cols], y);
            }
        }
        y += 4;
    }

    private void drawRow(List<Row> rows, int r, double[] xs, double height, int[][] rowSpan, boolean top) {
        int col = 0;
        List<Cell> cells = rows.get(r).cells();
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            double left = xs[col];
            double right = xs[Math.min(col + c.colSpan(), xs.length - 1)];
            page.line(left, y, left, y + height);
            if (!c.continued() || top) {
                page.line(left, y, right, y);
            }
            if (!c.continued()) {
                double baseline = y + PAD + CELL_TEXT;
                boolean centre = r == 0 || c.colSpan() == xs.length - 1;
                for (String p : c.paragraphs()) {
                    if (p.isBlank()) {
                        continue;
                    }
                    for (String line : wrap(p.strip(), right - left - 2 * PAD, 0, CELL_TEXT)) {
                        double x = centre ? (left + right) / 2 - width(line, CELL_TEXT) / 2 : left + PAD;
                        page.text(x, baseline, CELL_TEXT, line);
                        baseline += CELL_LINE;
                    }
                }
            }
            col += c.colSpan();
        }
        page.line(xs[xs.length - 1], y, xs[xs.length - 1], y + height);
    }

    /** Column edges: each grid column as wide as its longest single-column text asks, the table the page's width. */
    private static double[] columns(List<Row> rows, int cols) {
        double[] weight = new double[cols];
        java.util.Arrays.fill(weight, 4);
        for (Row row : rows) {
            int col = 0;
            for (Cell c : row.cells()) {
                if (c.colSpan() == 1 && col < cols) {
                    int chars = String.join("", c.paragraphs()).strip().length();
                    weight[col] = Math.max(weight[col], Math.min(Math.sqrt(chars) * 4, 40));
                }
                col += c.colSpan();
            }
        }
        double total = java.util.Arrays.stream(weight).sum();
        double[] xs = new double[cols + 1];
        xs[0] = MARGIN;
        for (int i = 0; i < cols; i++) {
            xs[i + 1] = xs[i] + (PAGE_W - 2 * MARGIN) * weight[i] / total;
        }
        return xs;
    }

    /** For each row and cell index, how many rows the cell covers (continued cells below it). */
    private static int[][] rowSpans(List<Row> rows) {
        int[][] spans = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            spans[r] = new int[cells.size()];
            int col = 0;
            for (int k = 0; k < cells.size(); k++) {
                int n = 1;
                while (r + n < rows.size() && continuedAt(rows.get(r + n), col)) {
                    n++;
                }
                spans[r][k] = cells.get(k).continued() ? 0 : n;
                col += cells.get(k).colSpan();
            }
        }
        return spans;
    }

    private static boolean continuedAt(Row row, int gridCol) {
        int col = 0;
        for (Cell c : row.cells()) {
            if (col == gridCol) {
                return c.continued();
            }
            col += c.colSpan();
        }
        return false;
    }

    private static double[] heights(List<Row> rows, double[] xs, int[][] rowSpan) {
        double[] h = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            h[r] = CELL_TEXT + 2 * PAD + 2;
            int col = 0;
            for (int k = 0; k < rows.get(r).cells().size(); k++) {
                Cell c = rows.get(r).cells().get(k);
                if (rowSpan[r][k] == 1) {
                    h[r] = Math.max(h[r], need(c, xs[col + c.colSpan()] - xs[col]));
                }
                col += c.colSpan();
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (int k = 0; k < rows.get(r).cells().size(); k++) {
                Cell c = rows.get(r).cells().get(k);
                int span = rowSpan[r][k];
                if (span > 1) {
                    double have = 0;
                    for (int i = r; i < r + span; i++) {
                        have += h[i];
                    }
                    // the merged text must fit in the first row, which a page break may leave alone
                    double needed = need(c, xs[col + c.colSpan()] - xs[col]);
                    if (needed > have) {
                        h[r + span - 1] += needed - have;
                    }
                    if (needed > h[r]) {
                        h[r] = needed;
                    }
                }
                col += c.colSpan();
            }
        }
        return h;
    }

    private static double need(Cell c, double width) {
        int lines = 0;
        for (String p : c.paragraphs()) {
            if (!p.isBlank()) {
                lines += wrap(p.strip(), width - 2 * PAD, 0, CELL_TEXT).size();
            }
        }
        return lines * CELL_LINE + 2 * PAD + 1;
    }
}

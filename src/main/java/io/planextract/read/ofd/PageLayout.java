package io.planextract.read.ofd;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One page read as a clerk reads it: its ruled tables, each character in the cell its middle falls in, and the
 * lines outside the tables, all in order from the top of the page. Page numbers in the top and bottom margins
 * ("— 3 —", "第3页") are furniture, not text, and are left out so that a paragraph or a table running over the
 * page break is not cut by them.
 */
final class PageLayout {
    /** Space (mm) between a cell's border and its text in Word's and WPS's tables, both sides. */
    static final double CELL_PADDING = 1.9;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–\\s]*[0-9０-９]+[-－—–\\s]*|第\\s*[0-9０-９]+\\s*页(\\s*[,，]?\\s*共\\s*[0-9０-９]+\\s*页)?"
                    + "|[0-9０-９]+\\s*/\\s*[0-9０-９]+");

    private PageLayout() {
    }

    /** Something on a page, at a height: a line of text outside any table, or a table. */
    sealed interface Item permits Line, TableItem {
        double top();
    }

    record Line(TextLine line) implements Item {
        @Override
        public double top() {
            return line.y() - line.size();
        }
    }

    /** A ruled table as rows of the document model; {@code continued} cells under vertical merges. */
    record TableItem(RuledGrids.Grid grid, List<Row> rows) implements Item {
        TableItem {
            rows = List.copyOf(rows);
        }

        @Override
        public double top() {
            return grid.top();
        }
    }

    /** The page's tables and outside lines, top to bottom, and where its text column runs. */
    record Page(int number, List<Item> items, double left, double right, double width) {
        Page {
            items = List.copyOf(items);
        }
    }

    static Page of(PageContent content) {
        List<RuledGrids.Grid> all = RuledGrids.find(content.segments());
        // a ruling with text in fewer than two of its cells is a frame or a decoration, not a table
        List<RuledGrids.Grid> grids = new ArrayList<>();
        List<List<List<Glyph>>> tried = assign(all, content.glyphs(), new ArrayList<>());
        for (int t = 0; t < all.size(); t++) {
            if (tried.get(t).stream().filter(g -> !g.isEmpty()).count() >= 2) {
                grids.add(all.get(t));
            }
        }
        List<Glyph> outside = new ArrayList<>();
        List<List<List<Glyph>>> cellGlyphs = assign(grids, content.glyphs(), outside);
        List<Item> items = new ArrayList<>();
        for (int t = 0; t < grids.size(); t++) {
            items.add(new TableItem(grids.get(t), rows(grids.get(t), cellGlyphs.get(t))));
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (TextLine line : TextLines.lines(outside)) {
            if (isPageNumber(line, content.height())) {
                continue;
            }
            items.add(new Line(line));
            left = Math.min(left, line.left());
            right = Math.max(right, line.right());
        }
        items.sort(Comparator.comparingDouble(Item::top));
        return new Page(content.number(), items, left, right, content.width());
    }

    /** For each grid and each of its cells, the characters whose middle falls in it; the rest to {@code outside}. */
    private static List<List<List<Glyph>>> assign(List<RuledGrids.Grid> grids, List<Glyph> glyphs,
            List<Glyph> outside) {
        List<List<List<Glyph>>> cellGlyphs = new ArrayList<>();
        for (RuledGrids.Grid g : grids) {
            List<List<Glyph>> perCell = new ArrayList<>();
            for (int i = 0; i < g.cells().spans().size(); i++) {
                perCell.add(new ArrayList<>());
            }
            cellGlyphs.add(perCell);
        }
        for (Glyph glyph : glyphs) {
            boolean placed = false;
            for (int t = 0; t < grids.size() && !placed; t++) {
                RuledGrids.Grid g = grids.get(t);
                if (g.contains(glyph.centreX(), glyph.centreY())) {
                    int row = RuledGrids.Grid.slot(g.ys(), glyph.centreY());
                    int col = RuledGrids.Grid.slot(g.xs(), glyph.centreX());
                    cellGlyphs.get(t).get(g.cells().owner()[row][col]).add(glyph);
                    placed = true;
                }
            }
            if (!placed) {
                outside.add(glyph);
            }
        }
        return cellGlyphs;
    }

    private static boolean isPageNumber(TextLine line, double pageHeight) {
        boolean margin = pageHeight > 0 && (line.y() > pageHeight * 0.88 || line.y() < pageHeight * 0.08);
        return margin && PAGE_NUMBER.matcher(line.text().strip()).matches();
    }

    private static List<Row> rows(RuledGrids.Grid grid, List<List<Glyph>> cellGlyphs) {
        GridCells cells = grid.cells();
        List<Row> rows = new ArrayList<>(grid.rows());
        for (int r = 0; r < grid.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            int c = 0;
            while (c < grid.columns()) {
                int index = cells.owner()[r][c];
                GridCells.Span span = cells.spans().get(index);
                if (span.row() == r) {
                    double left = grid.xs()[span.col()];
                    double right = grid.xs()[span.col() + span.colSpan()];
                    row.add(new Cell(paragraphs(cellGlyphs.get(index), left, right), span.colSpan(), false, 0));
                } else {
                    row.add(new Cell(List.of(), span.colSpan(), true, 0));
                }
                c = span.col() + span.colSpan();
            }
            rows.add(new Row(row));
        }
        return rows;
    }

    private static List<String> paragraphs(List<Glyph> glyphs, double left, double right) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        List<TextLine> lines = TextLines.lines(glyphs);
        double textLeft = lines.stream().mapToDouble(TextLine::left).min().orElse(left);
        return TextLines.paragraphs(lines, Math.min(textLeft, left + CELL_PADDING), right - CELL_PADDING,
                (left + right) / 2);
    }
}

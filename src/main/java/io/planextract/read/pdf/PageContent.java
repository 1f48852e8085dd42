package io.planextract.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one page holds, top to bottom: lines of running text and ruled tables. A page number printed alone at the
 * top or bottom of the page is page furniture, not text of the notice, and is left out (between the pages of a
 * long table it would otherwise cut the table in two).
 *
 * @param number   1-based page number
 * @param items    lines and tables, in reading order
 * @param offPage  characters printed outside the page (they would not show on paper)
 * @param tooManyLines true when the page draws more lines than any table has, and tables were not looked for
 */
record PageContent(int number, List<Item> items, int offPage, boolean tooManyLines) {
    /** More lines than this on one page is a drawing (a chart, a map, a hostile file), not a table. */
    static final int MAX_LINES = 10_000;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－_\\s]*(第\\s*)?[0-9０-９]{1,4}(\\s*页)?(\\s*([/／]|共)\\s*[0-9０-９]{1,4}\\s*页?)?[-—–－_\\s]*"
                    + "|[-—–－]\\s*[一二三四五六七八九十百]+\\s*[-—–－]");

    /** A line of text or a table part, one of the two set. */
    record Item(float top, TextLine line, TablePart table) {
    }

    /**
     * Lays out one page.
     *
     * @param width  the page's width, to tell text printed past its edge
     * @param height the page's height
     */
    static PageContent of(int number, List<Glyph> glyphs, List<Ruling> rulings, float width, float height) {
        List<Ruling> merged = Rulings.merge(rulings);
        boolean tooManyLines = merged.size() > MAX_LINES;
        List<TableRegion> regions = tooManyLines ? List.of() : Lattice.find(merged);
        List<List<Glyph>> inTable = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            inTable.add(new ArrayList<>());
        }
        List<Glyph> body = new ArrayList<>();
        int offPage = 0;
        for (Glyph g : glyphs) {
            if (!g.isSpace() && (g.right() > width + 1 || g.x() < -1 || g.baseline() > height + 1
                    || g.baseline() < 0)) {
                offPage++;
            }
            int region = -1;
            for (int i = 0; i < regions.size() && region < 0; i++) {
                if (TablePart.inside(regions.get(i), g, width, height)) {
                    region = i;
                }
            }
            (region < 0 ? body : inTable.get(region)).add(g);
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            items.add(new Item(regions.get(i).top(), null, new TablePart(number, regions.get(i), inTable.get(i))));
        }
        List<TextLine> lines = TextLine.of(body);
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean edge = i == 0 || i == lines.size() - 1;
            if (edge && PAGE_NUMBER.matcher(line.text()).matches()) {
                continue;
            }
            items.add(new Item(line.baseline() - line.size(), line, null));
        }
        items.sort(Comparator.comparingDouble(Item::top));
        return new PageContent(number, List.copyOf(items), offPage, tooManyLines);
    }

    /** The page's text area: where its running lines start and where the longest ends. */
    Paragraphs.Box textBox() {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Item item : items) {
            if (item.line() != null) {
                left = Math.min(left, item.line().left());
                right = Math.max(right, item.line().right());
            }
        }
        return new Paragraphs.Box(left, right);
    }
}

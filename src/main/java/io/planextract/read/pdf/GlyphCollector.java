package io.planextract.read.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Every character of a document with its position, page by page. PDFBox's text stripper finds the characters
 * (and drops the doubled ones some writers print for bold); the layout into lines, cells and paragraphs is ours,
 * so its own ordering and spacing are switched off. Also counts the characters whose font has no Unicode map:
 * PDFBox prints them as U+FFFD or drops them, and a reviewer must know that text is missing.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<List<Glyph>> pages = new ArrayList<>();
    /** Per page, the direction most of its text runs in (0, 90, 180, 270 degrees against the page's content). */
    private final List<Integer> directions = new ArrayList<>();
    /** Characters without a Unicode value, by font name. */
    private final Map<String, Integer> unmapped = new TreeMap<>();

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Reads pages 1 to {@code lastPage} of the document. */
    List<List<Glyph>> collect(PDDocument document, int lastPage) throws IOException {
        setStartPage(1);
        setEndPage(lastPage);
        writeText(document, Writer.nullWriter());
        while (pages.size() < lastPage) {
            pages.add(List.of()); // a page without a content stream is never written
            directions.add(0);
        }
        return List.copyOf(pages);
    }

    /**
     * The direction most text of a page runs in. The characters' positions are measured along it (upright text
     * on a page turned by {@code /Rotate} is measured as it is seen), and the page's lines must be turned alike.
     */
    int direction(int pageIndex) {
        return directions.get(pageIndex);
    }

    Map<String, Integer> unmapped() {
        return Map.copyOf(unmapped);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.indexOf('\uFFFD') >= 0) {
            String name = font.getName() == null ? "(unnamed)" : font.getName();
            unmapped.merge(name, 1, Integer::sum);
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        int[] byDirection = new int[4];
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                byDirection[Math.floorMod(Math.round(t.getDir() / 90f), 4)]++;
                String text = t.getUnicode();
                if (text == null || text.isEmpty() || text.indexOf('\uFFFD') >= 0) {
                    continue; // counted in showGlyph
                }
                float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(t.getHeightDir(), 1f);
                glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
            }
        }
        while (pages.size() < getCurrentPageNo() - 1) {
            pages.add(List.of());
            directions.add(0);
        }
        pages.add(List.copyOf(glyphs));
        int most = 0;
        for (int d = 1; d < 4; d++) {
            if (byDirection[d] > byDirection[most]) {
                most = d;
            }
        }
        directions.add(most * 90);
    }
}

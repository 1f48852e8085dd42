package io.planextract.read.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    /** Characters of {@code size} set side by side from x, each as wide as the size, on baseline y. */
    private static List<Glyph> run(String text, double x, double y, double size) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(text.substring(i, i + 1), x + i * size, y, size, size));
        }
        return out;
    }

    @Test
    void charactersOnOneBaselineAreOneLineLeftToRight() {
        List<Glyph> glyphs = new ArrayList<>(run("办公室", 30, 10, 4));
        glyphs.addAll(run("县政府", 18, 10.3, 4));

        assertThat(TextLines.lines(glyphs)).extracting(TextLine::text).containsExactly("县政府办公室");
    }

    @Test
    void aGapOfHalfACharacterIsASpace() {
        List<Glyph> glyphs = new ArrayList<>(run("县财政局", 0, 10, 4));
        glyphs.addAll(run("县审计局", 18, 10, 4));

        assertThat(TextLines.lines(glyphs)).extracting(TextLine::text).containsExactly("县财政局 县审计局");
    }

    @Test
    void aCharacterDrawnTwiceForBoldCountsOnce() {
        List<Glyph> glyphs = new ArrayList<>(run("通知", 0, 10, 4));
        glyphs.addAll(run("通知", 0.2, 10, 4));

        assertThat(TextLines.lines(glyphs)).extracting(TextLine::text).containsExactly("通知");
    }

    @Test
    void aCentredCellsWrappedLinesAreOneParagraph() {
        List<TextLine> lines = TextLines.lines(concat(run("县政府各部门单位", 0, 10, 4), run("各乡镇", 10, 15, 4)));

        // the cell runs from 0 to 32; its centre is 16, where the short second line is centred
        assertThat(TextLines.paragraphs(lines, 0, 32, 16)).containsExactly("县政府各部门单位各乡镇");
    }

    @Test
    void aWideGapBetweenLinesEndsTheParagraph() {
        List<TextLine> lines = TextLines.lines(concat(run("县政府各部门单位", 0, 10, 4), run("各乡镇", 0, 30, 4)));

        assertThat(TextLines.paragraphs(lines, 0, 32, 16)).containsExactly("县政府各部门单位", "各乡镇");
    }

    @Test
    void aLineInAnotherTypeSizeStartsAParagraph() {
        List<TextLine> lines = TextLines.lines(concat(run("县卫生局文件", 0, 10, 8), run("卫发〔2011〕6号", 4, 18, 5)));

        assertThat(TextLines.paragraphs(lines, 0, 48, 24)).containsExactly("县卫生局文件", "卫发〔2011〕6号");
    }

    private static List<Glyph> concat(List<Glyph> a, List<Glyph> b) {
        List<Glyph> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

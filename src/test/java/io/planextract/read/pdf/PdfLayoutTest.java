package io.planextract.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout rules on characters placed by hand: lines, paragraphs, split rows. */
class PdfLayoutTest {
    private static final float SIZE = 12;

    @Test
    void chineseCharactersSpreadByJustificationJoinWithoutSpaces() {
        List<TextLine> lines = TextLine.of(chars("县政府办公室", 100, 200, 15));

        assertThat(lines).extracting(TextLine::text).containsExactly("县政府办公室");
    }

    @Test
    void latinWordsKeepTheSpaceTheirGapShows() {
        List<Glyph> glyphs = new ArrayList<>(chars("ab", 100, 200, 6));
        glyphs.addAll(chars("cd", 120, 200, 6));

        assertThat(TextLine.of(glyphs)).extracting(TextLine::text).containsExactly("ab cd");
    }

    @Test
    void aFullLineGoesOnInTheNextLineAsOneParagraph() {
        Paragraphs.Box box = new Paragraphs.Box(100, 100 + 5 * SIZE);
        List<TextLine> lines = TextLine.of(concat(chars("县政府各部", 100, 200, SIZE),
                chars("门、单位", 100, 215, SIZE)));

        assertThat(Paragraphs.of(lines, box)).containsExactly("县政府各部门、单位");
    }

    @Test
    void aLineWrappedEarlyToKeepPunctuationWithItsCharacterStillGoesOn() {
        // 6 characters would fit, but 、 may not start a line, so 门 went down with it
        Paragraphs.Box box = new Paragraphs.Box(100, 100 + 6 * SIZE);
        List<TextLine> lines = TextLine.of(concat(chars("县政府各部", 100, 200, SIZE),
                chars("门、单位", 100, 215, SIZE)));

        assertThat(Paragraphs.of(lines, box)).containsExactly("县政府各部门、单位");
    }

    @Test
    void shortLinesAreParagraphsOfTheirOwn() {
        Paragraphs.Box box = new Paragraphs.Box(100, 100 + 10 * SIZE);
        List<TextLine> lines = TextLine.of(concat(chars("县发改局", 100, 200, SIZE), chars("县财政局", 100, 215, SIZE)));

        assertThat(Paragraphs.of(lines, box)).containsExactly("县发改局", "县财政局");
    }

    @Test
    void aNumberedLineStartsAParagraphEvenAfterAFullLine() {
        Paragraphs.Box box = new Paragraphs.Box(100, 100 + 4 * SIZE);
        List<TextLine> lines = TextLine.of(concat(chars("做好工作", 100, 200, SIZE), chars("二、完成", 100, 215, SIZE)));

        assertThat(Paragraphs.of(lines, box)).containsExactly("做好工作", "二、完成");
    }

    @Test
    void aRowSplitByAPageBreakIsJoinedBackIntoTheCellsItContinues() {
        List<Row> rows = new ArrayList<>(List.of(
                new Row(List.of(Cell.of("8"), Cell.of("section"), Cell.of("做好解答，提升服务水"))),
                new Row(List.of(Cell.of("9"), Cell.continuation(), Cell.of("短"))),
                new Row(List.of(Cell.of("10"), Cell.continuation(), Cell.of("切实提升服务水")))));
        boolean[] open = {false, true, true};
        Row rest = new Row(List.of(Cell.of(""), Cell.of("续"), Cell.of("平。")));

        assertThat(PageBreaks.joinSplitRow(rows, open, rest)).isTrue();
        assertThat(rows.get(2).cells().get(2).paragraphs()).containsExactly("切实提升服务水平。");
        assertThat(rows.get(0).cells().get(1).paragraphs()).containsExactly("section续");
    }

    @Test
    void aNewRowAtTheTopOfAPageIsNotJoined() {
        List<Row> rows = new ArrayList<>(List.of(new Row(List.of(Cell.of("8"), Cell.of("提升服务水平")))));
        Row next = new Row(List.of(Cell.of("9"), Cell.of("新的任务")));

        assertThat(PageBreaks.joinSplitRow(rows, new boolean[] {true, true}, next)).isFalse();
    }

    @Test
    void aBlankCellUnderAMergeAtThePageBreakContinuesTheMerge() {
        List<Row> rows = new ArrayList<>(List.of(new Row(List.of(Cell.of("1"), Cell.of("section"))),
                new Row(List.of(Cell.of("2"), Cell.continuation()))));
        List<Row> next = List.of(new Row(List.of(Cell.of("3"), Cell.of(""))));

        List<Row> out = PageBreaks.continueMerges(rows, new boolean[] {false, false}, next);

        assertThat(out.get(0).cells().get(1).continued()).isTrue();
    }

    @Test
    void aMergedCellsTextFlowingOnToTheNextPageStaysInTheMergedCell() {
        List<Row> rows = new ArrayList<>(List.of(new Row(List.of(Cell.of("1"), Cell.of("加强数字支撑，全力促进政"))),
                new Row(List.of(Cell.of("2"), Cell.continuation()))));
        List<Row> next = List.of(new Row(List.of(Cell.of("3"), Cell.of("务公开工作落实"))));

        List<Row> out = PageBreaks.continueMerges(rows, new boolean[] {false, true}, next);

        assertThat(out.get(0).cells().get(1).continued()).isTrue();
        assertThat(rows.get(0).cells().get(1).paragraphs()).containsExactly("加强数字支撑，全力促进政务公开工作落实");
    }

    @Test
    void aCellEndingAsCompleteTextDoesNotFlowOnEvenWhenItsLastLineWasFull() {
        List<Row> rows = new ArrayList<>(List.of(new Row(List.of(Cell.of("1"), Cell.of("各乡镇（街道）人民政府（办事处）")))));
        List<Row> next = List.of(new Row(List.of(Cell.of("2"), Cell.of("县政府各部门"))));

        assertThat(PageBreaks.continueMerges(rows, new boolean[] {false, true}, next)).isEqualTo(next);
    }

    @Test
    void aNewCellUnderAMergeThatEndedShortIsANewCell() {
        List<Row> rows = new ArrayList<>(List.of(new Row(List.of(Cell.of("1"), Cell.of("第一部分"))),
                new Row(List.of(Cell.of("2"), Cell.continuation()))));
        List<Row> next = List.of(new Row(List.of(Cell.of("3"), Cell.of("第二部分"))));

        assertThat(PageBreaks.continueMerges(rows, new boolean[] {false, false}, next)).isEqualTo(next);
    }

    /** The characters of {@code text} left to right from {@code x}, {@code pitch} apart, on one baseline. */
    private static List<Glyph> chars(String text, float x, float baseline, float pitch) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            float width = TextLine.wide(c) ? SIZE : SIZE / 2;
            out.add(new Glyph(c, x + i * pitch, baseline, width, SIZE));
        }
        return out;
    }

    private static List<Glyph> concat(List<Glyph> a, List<Glyph> b) {
        List<Glyph> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

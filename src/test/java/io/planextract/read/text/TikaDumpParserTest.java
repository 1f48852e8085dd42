package io.planextract.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Table;
import io.planextract.read.ReadLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES §1: the Tika text layout, and rows recovered by the column count rather than by empty lines. */
class TikaDumpParserTest {
    private static List<Block> parse(String text) throws Exception {
        return TikaDumpParser.parse(text, ReadLimits.DEFAULT);
    }

    private static List<List<String>> cells(Table t) {
        return t.rows().stream().map(r -> r.cells().stream().map(c -> String.join("/", c.paragraphs())).toList())
                .toList();
    }

    @Test
    void paragraphsAroundATableKeepTheirLines() throws Exception {
        List<Block> blocks = parse("标题\n\n\t序号\n\t任务\n\n\t1\n\t甲\n\n\n抄送：区委\n");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isEqualTo(new Paragraph("标题", 1));
        assertThat(cells((Table) blocks.get(1))).containsExactly(List.of("序号", "任务"), List.of("1", "甲"));
        assertThat(blocks.get(2)).isEqualTo(new Paragraph("抄送：区委", 10));
    }

    @Test
    void loneTabIsABlankCellAndLinesWithoutTabContinueTheCell() throws Exception {
        Table t = (Table) parse("\t序号\n\t单位\n\n\t1\n\t区财政局\n区税务局\n\n\t2\n\t\n\n").get(0);
        assertThat(cells(t)).containsExactly(List.of("序号", "单位"), List.of("1", "区财政局/区税务局"),
                List.of("2", ""));
        Cell first = t.rows().get(1).cells().get(0);
        assertThat(first.line()).isEqualTo(4);
    }

    @Test
    void emptyParagraphInsideACellDoesNotEndTheRow() throws Exception {
        // Row 2's number cell has an empty paragraph after it, and its unit cell holds empty lines.
        String dump = "\t序号\n\t任务\n\t单位\n\n"
                + "\t1\n\t甲\n\t区财政局\n\n"
                + "\t2\n\n\t乙\n\t县商务局\n\n县卫生健康局\n\n"
                + "\t3\n\t丙\n\t县民政局\n\n";
        Table t = (Table) parse(dump).get(0);
        assertThat(cells(t)).containsExactly(List.of("序号", "任务", "单位"), List.of("1", "甲", "区财政局"),
                List.of("2", "乙", "县商务局//县卫生健康局"), List.of("3", "丙", "县民政局"));
    }

    @Test
    void oneCellRowIsASectionRowAndAShorterHeaderStaysOneRow() throws Exception {
        String dump = "\t序号\n\t工作任务\n\t单位\n\n"
                + "\t一、第一部分\n\n"
                + "\t1\n\t部分\n\t任务\n\t区财政局\n\n"
                + "\t2\n\t\n\t\n\t区民政局\n\n";
        Table t = (Table) parse(dump).get(0);
        assertThat(cells(t)).extracting(List::size).containsExactly(3, 1, 4, 4);
    }

    @Test
    void missingCellsAtTheEndOfTheLastRow() throws Exception {
        String dump = "\t序号\n\t任务\n\t单位\n\t时限\n\n\t1\n\t甲\n\t区财政局\n\t全年\n\n"
                + "\t2\n\t乙\n\t区民政局\n\t全年\n\n\t3\n\t丙\n";
        Table t = (Table) parse(dump).get(0);
        assertThat(cells(t).get(3)).containsExactly("3", "丙");
    }

    @Test
    void twoEmptyLinesThenTextEndATable() throws Exception {
        List<Block> blocks = parse("\t任务\n\t单位\n\n\t甲\n\t区财政局\n\n\n附件2\n\n\t任务\n\t单位\n\n\t乙\n\t区民政局\n");
        assertThat(blocks).extracting(b -> b.getClass().getSimpleName()).containsExactly("Table", "Paragraph", "Table");
    }

    @Test
    void windowsLineEnds() throws Exception {
        Table t = (Table) parse("\t任务\r\n\t单位\r\n\r\n\t甲\r\n\t区财政局\r\n\r\n").get(0);
        assertThat(cells(t)).containsExactly(List.of("任务", "单位"), List.of("甲", "区财政局"));
    }

    @Test
    void emptyParagraphsInsideACellFollowedByMoreTextDoNotEndTheTable() throws Exception {
        String dump = "\t序号\n\t要求\n\t单位\n\n\t1\n\t第一段\n\n\n第二段\n\t区财政局\n\n\t2\n\t要求二\n\t区民政局\n\n";
        List<Block> blocks = parse(dump);
        assertThat(blocks).hasSize(1);
        assertThat(cells((Table) blocks.get(0)).get(1)).containsExactly("1", "第一段///第二段", "区财政局");
    }

    @Test
    void anAttachmentTitleEndsTheTableEvenWithoutAHeaderAfterIt() throws Exception {
        String dump = "\t序号\n\t要求\n\t单位\n\n\t1\n\t要求一\n\t区财政局\n\n\n附件2\n\n联络员名单\n\n"
                + "\t区财政局\n\t张三\n\n\t区民政局\n\t李四\n\n";
        List<Block> blocks = parse(dump);
        assertThat(blocks).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Table", "Paragraph", "Paragraph", "Table");
    }
}

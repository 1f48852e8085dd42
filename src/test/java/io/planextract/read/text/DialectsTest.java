package io.planextract.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.doc.Document;
import io.planextract.doc.Paragraph;
import io.planextract.read.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each dialect reads only where its sign is, and its readings are what a clerk sees in the text. */
class DialectsTest {
    private static String[] lines(String... l) {
        return l;
    }

    private static Document read(String text) throws Exception {
        return new TextReader().read(text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    }

    @Test
    void aBareLabelIsALabelAndNothingElse() {
        assertThat(RoleLabels.isBareLabel("责任单位")).isTrue();
        assertThat(RoleLabels.isBareLabel("牵头单位：县人社局")).isFalse();
        assertThat(RoleLabels.isBareLabel("某县2025年重点工作任务分解表")).isFalse();
        assertThat(RoleLabels.of("完成时限")).isEqualTo(RoleLabels.Role.DEADLINE);
    }

    @Test
    void aLabelBrokenOverTwoShortParagraphsIsOneHeaderCell() {
        List<Candidate> c = new ParagraphCells().read(lines("工作", "任务", "", "完成", "", "时限", "", "责任单位", "",
                "建设平台。", "县住建局", "年底前"), 0);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).rows().get(0).cells()).containsExactly(List.of("工作任务"), List.of("完成时限"),
                List.of("责任单位"));
    }

    @Test
    void aRecordPrintedVerticallyIsNoParagraphTable() {
        assertThat(new ParagraphCells().read(lines("工作任务", "新建学校2所。", "牵头单位", "县教育局", "完成时限",
                "2024年10月底前"), 0)).isEmpty();
    }

    @Test
    void unnumberedParagraphRowsWrapWhereTheContentDoesAndALastLoneParagraphIsBodyText() {
        List<Candidate> c = new ParagraphCells().read(lines("工作任务", "责任单位", "完成时限",
                "建设平台。", "县住建局", "年底前", "改造市场。", "县商务局", "9月底前", "以上任务请认真落实。"), 0);
        assertThat(c.get(0).rows()).hasSize(3);
        assertThat(c.get(0).end()).isEqualTo(9);
    }

    @Test
    void proseWithSpacesIsNoSpacedTable() {
        assertThat(new SpacedRows().read(lines("牵头单位：县人社局 责任单位：各乡镇", "1 城镇新增就业 县人社局"), 0))
                .isEmpty();
        assertThat(new SpacedRows().read(lines("2025年 工作要点", "1 城镇新增就业 县人社局"), 0)).isEmpty();
    }

    @Test
    void wordsBeyondTheColumnsRunOnInTheirCell() {
        List<Candidate> c = new SpacedRows().read(lines("序号 工作任务 责任单位", "1 城镇新增就业1.2万人。 人社局 财政局"), 0);
        assertThat(c.get(0).rows().get(1).cells()).containsExactly(List.of("1"), List.of("城镇新增就业1.2万人。"),
                List.of("人社局", "财政局"));
    }

    @Test
    void aCellStreamIsCutEveryWayItAllows() {
        List<RawRow> stream = List.of("|", "序号", "工作任务", "责任单位", "", "1", "建设平台。", "县住建局", "", "2",
                "改造市场。", "县商务局").stream().map(t -> new RawRow(List.of(t.equals("|") ? List.<String>of()
                        : t.isEmpty() ? List.<String>of() : List.of(t)), 1)).toList();
        List<CellStream.Cut> cuts = CellStream.cuts(stream);
        assertThat(cuts).extracting(CellStream.Cut::name).contains("cell-per-line/按序号断行",
                "cell-per-line/按序号断行，序号前1格，表头4格");
    }

    @Test
    void rowsOfKeysAndValuesAreAPageInformationBarLeftOutWithAWarning() throws Exception {
        Document d = read("发布机构:\t某县人民政府办公室\t发文日期:\t2025-03-01\n主题分类:\t通知\t文号:\t某政办发〔2025〕3号\n正文。");
        assertThat(d.blocks()).containsExactly(new Paragraph("正文。", 3));
        assertThat(d.warnings()).extracting(io.planextract.model.Warning::code).containsExactly("page-metadata");
    }

    @Test
    void pipeRowsWithoutAHeaderAreBodyTextWithoutTheBars() throws Exception {
        Document d = read("甲方 | 乙方 | 丙方 |\n区财政局 | 区司法局 | 区审计局 |\n");
        assertThat(d.blocks()).containsExactly(new Paragraph("甲方 乙方 丙方", 1),
                new Paragraph("区财政局 区司法局 区审计局", 2));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void unlabelledNumbersAfterASectionRowAreTheSequence() {
        List<Candidate> c = new ParagraphCells().read(lines("工作任务", "责任单位", "完成时限", "一、经济发展",
                "1", "建设平台。", "县住建局", "年底前"), 0);
        assertThat(c.get(0).rows().get(2).cells()).containsExactly(List.of("1"), List.of("建设平台。"),
                List.of("县住建局"), List.of("年底前"));
    }

    @Test
    void tablesOfFormatsThatStateThemCarryTheStatedScore() {
        io.planextract.doc.Table t = new io.planextract.doc.Table(List.of(), true, 0);
        assertThat(t.score()).isEqualTo(io.planextract.doc.ReadingScore.stated());
        assertThat(t.score().total()).isEqualTo(1.0);
    }
}

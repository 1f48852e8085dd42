package io.planextract.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.PlanExtractor;
import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.read.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastedTablesTest {
    private static final String TITLE = "2025年某区政务公开工作任务分解表";

    private static Document read(String text) throws Exception {
        return new TextReader().read(text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    }

    private static NoticeResult extract(String text) throws Exception {
        return new PlanExtractor().convert(text.getBytes(StandardCharsets.UTF_8), "pasted.txt");
    }

    private static Table onlyTable(Document d) {
        List<Table> tables = d.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(c -> String.join("/", c.paragraphs())).toList();
    }

    private static List<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }

    @Test
    void pipeRowsOneRowALineWithFewerCellsUnderMerges() throws Exception {
        String text = String.join("\n", TITLE,
                "序号 | 工作任务 | 工作要求 | 牵头单位 | 完成时限 |",
                "1 | 优化主动公开机制 | 持续完善并动态更新主动公开事项目录。 | 区政府办公室 | 12月底前 |",
                "2 | 严格落实保密审查机制，坚持先审查、后公开。 |",
                "3 | 规范依申请公开办理 | 畅通申请渠道，规范办理流程。 | 区司法局 | 长期坚持 |",
                "4 | 建立定期分析机制。 | 区财政局 |",
                "", "各单位要认真落实。");
        Document d = read(text);
        Table t = onlyTable(d);
        assertThat(t.rows()).hasSize(5);
        assertThat(texts(t.rows().get(2))).containsExactly("2", "", "严格落实保密审查机制，坚持先审查、后公开。", "", "");
        assertThat(texts(t.rows().get(4))).containsExactly("4", "", "建立定期分析机制。", "区财政局", "");
        assertThat(t.rows().get(2).cells()).allMatch(c -> !c.continued());
        assertThat(d.warnings()).extracting(Warning::code)
                .containsExactly("cells-placed-by-content", "cells-placed-by-content");
        assertThat(d.warnings().get(0).origin().line()).isEqualTo(4);
        assertThat(d.blocks().get(0)).isInstanceOf(Paragraph.class);
        assertThat(d.blocks().get(d.blocks().size() - 1)).isEqualTo(new Paragraph("各单位要认真落实。", 8));

        NoticeResult r = extract(text);
        assertThat(r.tables()).hasSize(1);
        assertThat(r.tables().get(0).title()).isEqualTo(TITLE);
        assertThat(r.tasks()).hasSize(4);
        Task second = r.tasks().get(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.task()).isEqualTo("优化主动公开机制");
        assertThat(second.requirement()).isEqualTo("严格落实保密审查机制，坚持先审查、后公开。");
        assertThat(second.lead()).containsExactly("区政府办公室");
        assertThat(second.deadline().text()).isEqualTo("12月底前");
        Task fourth = r.tasks().get(3);
        assertThat(fourth.task()).isEqualTo("规范依申请公开办理");
        assertThat(fourth.lead()).containsExactly("区财政局");
        assertThat(fourth.deadline().kind()).isEqualTo("ongoing");
        assertThat(codes(r.warnings())).contains("cells-placed-by-content");
    }

    @Test
    void pipeRowsWithLeadingPipesAndASectionRow() throws Exception {
        String text = String.join("\n", TITLE,
                "| 序号 | 工作任务 | 具体要求 | 责任单位 |",
                "| 一、坚持标准引领 |",
                "| 1 | 优化公开机制 | 完善目录。 | 区政府办公室 |",
                "| 2 | 推进基层公开向村（居）延伸。 | 各镇（街道） |");
        Table t = onlyTable(read(text));
        assertThat(t.rows().get(1).cells()).hasSize(1);
        assertThat(texts(t.rows().get(3))).containsExactly("2", "", "推进基层公开向村（居）延伸。", "各镇（街道）");
        NoticeResult r = extract(text);
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks()).extracting(Task::section).containsOnly("坚持标准引领");
        assertThat(r.tasks().get(1).task()).isEqualTo("优化公开机制");
        assertThat(r.tasks().get(1).responsible()).containsExactly("各镇（街道）");
    }

    @Test
    void oneCellALineEachFollowedByABarWithEmptyLinesBetweenRows() throws Exception {
        String text = String.join("\n", TITLE,
                "序号", "|", "工作任务", "|", "工作要求", "|", "责任单位", "|", "",
                "1", "|", "优化公开机制", "|", "完善目录。", "|", "区政府办公室", "|", "",
                "2", "|", "动态更新目录，", "做到应公开尽公开。", "|", "区司法局", "|", "",
                "以上任务请认真落实。");
        Document d = read(text);
        Table t = onlyTable(d);
        assertThat(t.rows()).hasSize(3);
        assertThat(texts(t.rows().get(2))).containsExactly("2", "", "动态更新目录，/做到应公开尽公开。", "区司法局");
        assertThat(t.rows().get(2).cells()).extracting(Cell::line).containsExactly(20, 20, 22, 25);
        NoticeResult r = extract(text);
        assertThat(r.tables().get(0).title()).isEqualTo(TITLE);
        assertThat(r.tables().get(0).header()).containsExactly("序号", "工作任务", "工作要求", "责任单位");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(1).task()).isEqualTo("优化公开机制");
        assertThat(r.tasks().get(1).requirement()).isEqualTo("动态更新目录，做到应公开尽公开。");
        assertThat(r.tasks().get(1).responsible()).containsExactly("区司法局");
    }

    @Test
    void oneCellALineWithoutEmptyLinesIsCutAtSequenceNumbers() throws Exception {
        String text = String.join("\n", TITLE,
                "序号", "|", "工作任务", "|", "工作要求", "|", "责任单位", "|",
                "1", "|", "优化公开机制", "|", "完善目录。", "|", "区政府办公室", "|",
                "2", "|", "动态更新目录。", "|", "区司法局", "|",
                "3", "|", "规范依申请公开", "|", "畅通申请渠道。", "|", "区财政局", "|");
        Table t = onlyTable(read(text));
        assertThat(t.rows()).hasSize(4);
        assertThat(texts(t.rows().get(2))).containsExactly("2", "", "动态更新目录。", "区司法局");
        assertThat(texts(t.rows().get(3))).containsExactly("3", "规范依申请公开", "畅通申请渠道。", "区财政局");
        assertThat(extract(text).tasks()).extracting(Task::task)
                .containsExactly("优化公开机制", "优化公开机制", "规范依申请公开");
    }

    @Test
    void tabSeparatedRowsAsExcelCopiesThem() throws Exception {
        String text = String.join("\n", TITLE,
                "序号\t工作任务\t工作要求\t牵头单位\t责任单位\t完成时限",
                "1\t优化公开机制\t\"完善目录，\n动态更新。\"\t区政府办公室\t区司法局\t6月底前",
                "2\t\t严格保密审查，坚持“先审查、后公开”。\t\t区财政局\t",
                "\t\t加强解读。\t区政府办公室\t\t全年");
        Document d = read(text);
        Table t = onlyTable(d);
        assertThat(t.rows()).hasSize(4);
        assertThat(texts(t.rows().get(1))).containsExactly("1", "优化公开机制", "完善目录，/动态更新。", "区政府办公室",
                "区司法局", "6月底前");
        assertThat(d.warnings()).isEmpty();
        NoticeResult r = extract(text);
        assertThat(r.tasks()).hasSize(3);
        assertThat(r.tasks().get(0).requirement()).isEqualTo("完善目录，动态更新。");
        assertThat(r.tasks().get(1).task()).isEqualTo("优化公开机制");
        assertThat(r.tasks().get(1).requirement()).isEqualTo("严格保密审查，坚持“先审查、后公开”。");
        assertThat(r.tasks().get(2).deadline().kind()).isEqualTo("year");
    }

    @Test
    void aCellRunningOverALineBreakStaysInItsRow() throws Exception {
        String text = String.join("\n", TITLE,
                "序号 | 工作任务 | 工作要求 | 责任单位 |",
                "1 | 优化公开机制 | 持续完善目录，",
                "动态更新。 | 区政府办公室 |",
                "2 | 规范办理 | 畅通申请渠道。 | 区司法局、",
                "区财政局 |");
        Table t = onlyTable(read(text));
        assertThat(t.rows()).hasSize(3);
        assertThat(texts(t.rows().get(1))).containsExactly("1", "优化公开机制", "持续完善目录，/动态更新。", "区政府办公室");
        NoticeResult r = extract(text);
        assertThat(r.tasks().get(0).requirement()).isEqualTo("持续完善目录，动态更新。");
        assertThat(r.tasks().get(1).responsible()).containsExactly("区司法局", "区财政局");
        assertThat(r.tasks().get(1).origin().line()).isEqualTo(5);
    }

    @Test
    void fullWidthBarsAreBarsToo() throws Exception {
        String text = String.join("\n", TITLE, "序号｜工作任务｜责任单位｜", "1｜优化公开机制｜区政府办公室｜",
                "2｜规范办理｜区司法局｜");
        NoticeResult r = extract(text);
        assertThat(r.tasks()).extracting(Task::task).containsExactly("优化公开机制", "规范办理");
        assertThat(r.tasks().get(1).responsible()).containsExactly("区司法局");
    }

    @Test
    void cellLimitIsKept() {
        String text = String.join("\n", "序号 | 工作任务 | 责任单位 |", "1 | 公开 | 区财政局 |", "2 | 解读 | 区司法局 |");
        ReadLimits few = new ReadLimits(1L << 20, 100, 64, 512, 5);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new TextReader().read(text.getBytes(StandardCharsets.UTF_8), few))
                .isInstanceOf(io.planextract.read.ReadException.class).hasMessageContaining("cells");
    }

    @Test
    void markdownTable() throws Exception {
        String text = String.join("\n", TITLE, "",
                "| 序号 | 重点任务 | 具体措施 | 责任单位 | 完成时限 |",
                "|:---:|---|---|---|---|",
                "| 1 | 优化公开机制 | 完善目录。<br>动态更新。 | 区政府办公室、区司法局 | 12月底前 |",
                "| 2 | 规范办理 | 畅通申请渠道 \\| 规范流程。 | 区财政局 | 长期坚持 |",
                "", "附件：无");
        Document d = read(text);
        Table t = onlyTable(d);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).cells().get(2).paragraphs()).containsExactly("完善目录。", "动态更新。");
        assertThat(texts(t.rows().get(2)).get(2)).isEqualTo("畅通申请渠道 | 规范流程。");
        NoticeResult r = extract(text);
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(0).responsible()).containsExactly("区政府办公室", "区司法局");
        assertThat(r.tasks().get(0).requirement()).isEqualTo("完善目录。动态更新。");
    }

    @Test
    void textWithoutTablesIsParagraphsAsBefore() throws Exception {
        Document d = read("关于印发工作要点的通知\n\n各单位：\n  请认真贯彻执行。\n");
        assertThat(d.blocks()).extracting(Block::line).containsExactly(1, 3, 4);
        assertThat(d.blocks()).allMatch(b -> b instanceof Paragraph);
    }

    @Test
    void tikaDumpIsStillReadAsOne() throws Exception {
        String dump = String.join("\n", TITLE, "\t序号", "\t工作任务", "\t责任单位", "", "\t1", "\t优化公开机制",
                "\t区政府办公室", "", "\t2", "\t规范办理", "\t区司法局", "", "");
        assertThat(TextReader.isTikaDump(dump)).isTrue();
        Table t = onlyTable(read(dump));
        assertThat(t.rows()).hasSize(3);
        assertThat(TextReader.isTikaDump("\t\t工作要求\t责任单位\n1\t\t完善目录\t区政府办公室\n")).isFalse();
    }

    @Test
    void paragraphsIndentedWithATabAreProseNotADump() throws Exception {
        String text = String.join("\n", "2025年某区政务公开工作要点", "\t为深入贯彻落实有关要求，制定本要点。",
                "\t一、坚持标准引领", "\t（一）优化主动公开机制。持续完善公开目录。（责任单位：区政府办公室）",
                "\t（二）规范依申请公开办理。畅通申请渠道。〔区政府各部门、单位，各镇（街道）〕");
        assertThat(TextReader.isTikaDump(text)).isFalse();
        assertThat(read(text).blocks()).allMatch(b -> b instanceof Paragraph);
        NoticeResult r = extract(text);
        assertThat(r.tasks()).extracting(Task::task).containsExactly("优化主动公开机制", "规范依申请公开办理");
    }

    @Test
    void cellPlacerPutsEachKindInItsColumn() {
        List<RoleLabels.Role> roles = List.of(RoleLabels.Role.SEQ, RoleLabels.Role.TASK,
                RoleLabels.Role.REQUIREMENT, RoleLabels.Role.LEAD, RoleLabels.Role.RESPONSIBLE,
                RoleLabels.Role.DEADLINE);
        List<List<String>> cells = List.of(List.of("7"), List.of("1.完善目录。"), List.of("区财政局"),
                List.of("2025年12月底前"));
        int[] columns = CellPlacer.place(CellPlacer.kinds(cells), roles);
        assertThat(columns).containsExactly(0, 2, 4, 5);
        assertThat(CellPlacer.kind(List.of("长期坚持"))).isEqualTo(CellPlacer.Kind.DEADLINE);
        assertThat(CellPlacer.kind(List.of("区政府各部门、单位，各镇（街道）"))).isEqualTo(CellPlacer.Kind.UNITS);
        assertThat(CellPlacer.kind(List.of("12"))).isEqualTo(CellPlacer.Kind.SEQ);
        assertThat(new Cell(List.of(), 1, false, 0).isBlank()).isTrue();
    }
}

package io.planextract.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.PlanExtractor;
import io.planextract.doc.Document;
import io.planextract.doc.Paragraph;
import io.planextract.doc.ReadingScore;
import io.planextract.doc.Table;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.read.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of issue 10 item 8, each read by the best-scoring reading; expected values are a clerk's. */
class ScoredReadingsTest {
    private static final String TITLE = "某县2025年重点工作任务分解表";

    private static Document read(String text) throws Exception {
        return new TextReader().read(text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    }

    private static NoticeResult extract(String text) throws Exception {
        return new PlanExtractor().convert(text.getBytes(StandardCharsets.UTF_8), "pasted.txt");
    }

    private static List<Table> tables(Document d) {
        return d.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static List<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }

    @Test
    void cellPerLineWithoutEmptyLinesALeadingEmptyColumnAndAnUnlabelledNumberColumn() throws Exception {
        String text = String.join("\n", TITLE,
                "|", "|", "重点工作任务", "|", "责任单位", "|", "完成时限", "|",
                "|", "1", "|", "新建城区学校2所。", "|", "县教育局", "|", "12月底前", "|",
                "|", "2", "|", "改造老旧小区10个。", "|", "县住建局", "|", "9月底前", "|",
                "|", "3", "|", "新增公共停车泊位500个。", "|",
                "|", "4", "|", "建成社区食堂5处。", "|", "县民政局", "|", "6月底前", "|",
                "", "以上任务各单位要按时完成。");
        Document d = read(text);
        assertThat(tables(d)).hasSize(1);
        assertThat(tables(d).get(0).score().reading()).startsWith("cell-per-line");
        assertThat(d.blocks().get(0)).isEqualTo(new Paragraph(TITLE, 1));
        NoticeResult r = extract(text);
        assertThat(r.tasks()).extracting(Task::seq).containsExactly(1, 2, 3, 4);
        assertThat(r.tasks()).extracting(Task::task).containsExactly("新建城区学校2所", "改造老旧小区10个",
                "新增公共停车泊位500个", "建成社区食堂5处");
        assertThat(r.tasks().get(0).responsible()).containsExactly("县教育局");
        assertThat(r.tasks().get(2).responsible()).containsExactly("县住建局"); // under the merged cell
        assertThat(r.tasks().get(2).deadline().text()).isEqualTo("9月底前");
        assertThat(r.tasks().get(3).responsible()).containsExactly("县民政局");
        assertThat(codes(r.warnings())).doesNotContain("close-reading", "table-without-header");
    }

    @Test
    void pipeRowsWhoseCoveredCellsTrailAsEmptyCells() throws Exception {
        String text = String.join("\n", TITLE,
                "序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限 |",
                "1 | 优化审批服务 | 1.精简申请材料。 | 审批科 | 6月底前 |",
                "2.压缩审批时限。 | 审批科 | |",
                "2 | 加强事中事后监管 | 开展双随机抽查。 | 监管科 | 12月底前 |");
        NoticeResult r = extract(text);
        assertThat(r.tasks()).hasSize(3);
        Task second = r.tasks().get(1);
        assertThat(second.task()).isEqualTo("优化审批服务");
        assertThat(second.requirement()).isEqualTo("2.压缩审批时限。");
        assertThat(second.responsible()).containsExactly("审批科");
        assertThat(r.tasks().get(2).responsible()).containsExactly("监管科");
        assertThat(codes(r.warnings())).contains("cells-placed-by-content");
    }

    @Test
    void aFullRowWithEmptyCellsAtTheEndIsPlacedByContentWhereThatFitsBetter() throws Exception {
        String text = String.join("\n", TITLE,
                "序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限 |",
                "1 | 优化审批服务 | 1.精简申请材料。 | 审批科 | 6月底前 |",
                "2.压缩审批时限。 | 审批科 | | | |");
        NoticeResult r = extract(text);
        assertThat(r.tasks().get(1).requirement()).isEqualTo("2.压缩审批时限。");
        assertThat(r.tasks().get(1).task()).isEqualTo("优化审批服务");
    }

    @Test
    void oneParagraphPerCellWithNoSeparator() throws Exception {
        String text = String.join("\n", TITLE, "",
                "序号", "", "重点任务", "", "责任", "", "单位", "", "完成时限", "",
                "1", "", "建设智慧停车平台。", "", "县住建局", "", "县公安局", "", "12月底前", "",
                "2", "", "改造农贸市场3处。", "", "县市场监管局", "", "9月投入使用", "",
                "各单位要高度重视，确保按期完成。");
        Document d = read(text);
        assertThat(tables(d)).hasSize(1);
        assertThat(tables(d).get(0).score().reading()).isEqualTo("paragraph-per-cell");
        assertThat(d.blocks().get(d.blocks().size() - 1)).isEqualTo(new Paragraph("各单位要高度重视，确保按期完成。", 31));
        NoticeResult r = extract(text);
        assertThat(r.tables().get(0).header()).containsExactly("序号", "重点任务", "责任单位", "完成时限");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(0).task()).isEqualTo("建设智慧停车平台");
        assertThat(r.tasks().get(0).responsible()).containsExactly("县住建局", "县公安局");
        assertThat(r.tasks().get(0).deadline().text()).isEqualTo("12月底前");
        assertThat(r.tasks().get(1).responsible()).containsExactly("县市场监管局");
        assertThat(r.tasks().get(1).deadline().text()).isEqualTo("9月投入使用");
    }

    @Test
    void oneRowALineWithCellsBetweenSpacesAndALetterSpacedHeader() throws Exception {
        String text = String.join("\n", TITLE,
                "序 号  主 要 工 作 任 务  责 任 单 位",
                "一、经济发展",
                "1 地区生产总值增长7%以上。 发改委",
                "2 一般公共预算收入增长5%。 财政局",
                "二、社会民生",
                "3 城镇新增就业1.2万人。 人社局",
                "", "请各单位认真落实。");
        Document d = read(text);
        assertThat(tables(d)).hasSize(1);
        NoticeResult r = extract(text);
        assertThat(r.tables().get(0).header()).containsExactly("序号", "主要工作任务", "责任单位");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("地区生产总值增长7%以上", "一般公共预算收入增长5%",
                "城镇新增就业1.2万人");
        assertThat(r.tasks()).extracting(Task::section).containsExactly("经济发展", "经济发展", "社会民生");
        assertThat(r.tasks().get(0).responsible()).containsExactly("发改委");
        assertThat(r.tasks().get(2).seq()).isEqualTo(3);
    }

    @Test
    void aLetterSpacedHeaderWithoutGapsIsCutIntoLabelsAndTheNumbersAreTheSequence() throws Exception {
        String text = String.join("\n", TITLE,
                "主 要 工 作 任 务 责 任 单 位",
                "1 地区生产总值增长7%以上。 发改委",
                "2 一般公共预算收入增长5%。 财政局");
        assertThat(SpacedRows.header("主 要 工 作 任 务 责 任 单 位")).containsExactly("主要工作任务", "责任单位");
        NoticeResult r = extract(text);
        assertThat(r.tasks()).extracting(Task::seq).containsExactly(1, 2);
        assertThat(r.tasks().get(1).responsible()).containsExactly("财政局");
    }

    @Test
    void aWebPageCopiedAsTextWithASiteMetadataTableAndSpans() throws Exception {
        String text = String.join("\n",
                "| 索引号: | 11370000/2025-00123 | 信息分类: | 通知 |",
                "| 发布机构: | 某县人民政府办公室 | 发文日期: | 2025-03-01 |",
                "标 题: | 关于印发2025年重点工作任务分解表的通知 | ||",
                "关于印发2025年重点工作任务分解表的通知",
                "各乡镇人民政府，县政府各部门：",
                "现将任务分解表印发给你们，请认真贯彻落实。",
                TITLE,
                "| 序号 | 工作任务 | 具体措施 | 牵头单位 | 完成时限 |",
                "| 一、优化营商环境 | | | | |",
                "| 1 | 推进一网通办 | 实现高频事项全程网办。 | 县行政审批局 | 6月底前 |",
                "| 2 | 压缩开办时间 | 企业开办时间压缩至1个工作日。 | 县市场监管局 | ||",
                "");
        Document d = read(text);
        assertThat(tables(d)).hasSize(1);
        assertThat(d.blocks().get(0)).isEqualTo(new Paragraph("关于印发2025年重点工作任务分解表的通知", 4));
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("page-metadata");
        assertThat(d.warnings().get(0).origin().line()).isEqualTo(1);
        NoticeResult r = extract(text);
        assertThat(codes(r.warnings())).doesNotContain("table-without-header");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks()).extracting(Task::section).containsOnly("优化营商环境");
        assertThat(r.tasks().get(1).task()).isEqualTo("压缩开办时间");
        assertThat(r.tasks().get(1).lead()).containsExactly("县市场监管局");
        assertThat(r.tasks().get(1).deadline().text()).isEqualTo("6月底前"); // the span's empty cell inherits
    }

    @Test
    void theScoreIsARecordOfNamedParts() throws Exception {
        Table t = tables(read(String.join("\n", TITLE, "序号 | 工作任务 | 责任单位 | 完成时限 |",
                "1 | 优化公开机制。 | 区政府办公室 | 12月底前 |", "2 | 规范办理。 | 区司法局 | 长期坚持 |"))).get(0);
        ReadingScore s = t.score();
        assertThat(s.reading()).isEqualTo("pipe-rows");
        assertThat(s.headerFit()).isEqualTo(1.0);
        assertThat(s.columnTypes()).isEqualTo(1.0);
        assertThat(s.widths()).isEqualTo(1.0);
        assertThat(s.total()).isEqualTo(1.0);
        assertThat(s.describe()).startsWith("pipe-rows 1.00");
    }

    @Test
    void aReadingThatWinsByASmallMarginIsAWarningNamingTheLine() throws Exception {
        // Half the header are labels, and the rows fit none of their columns: barely a table, so a reviewer is told.
        String text = String.join("\n", "正文第一段。", "工作任务 | 责任单位 | 栏目 | 其他 |",
                "区财政局 | 12月底前 | 1 | 2 |", "区司法局 | 6月底前 | 3 | 4 |");
        Document d = read(text);
        List<Warning> close = d.warnings().stream().filter(w -> w.code().equals("close-reading")).toList();
        assertThat(tables(d)).hasSize(1);
        assertThat(close).hasSize(1);
        assertThat(close.get(0).origin().line()).isEqualTo(2);
    }
}

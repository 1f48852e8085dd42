package io.planextract.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.SampleDocuments;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private final HtmlReader reader = new HtmlReader();

    private Document read(String html) throws ReadException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    }

    private static Table table(Document d) {
        List<Table> tables = SampleDocuments.tables(d);
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static String sketch(String html) throws ReadException {
        return SampleDocuments.sketch(table(new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8),
                ReadLimits.DEFAULT)));
    }

    @Test
    void rowUnderARowspanGetsAContinuedCellAtItsGridPosition() throws Exception {
        String html = "<table>"
                + "<tr><td>序号</td><td>任务</td><td>要求</td><td>单位</td></tr>"
                + "<tr><td>1</td><td rowspan=3>任务甲</td><td>要求一</td><td rowspan=2>区财政局</td></tr>"
                + "<tr><td>2</td><td>要求二</td></tr>"
                + "<tr><td>3</td><td>要求三</td><td>区民政局</td></tr>"
                + "</table>";
        assertThat(sketch(html)).isEqualTo("""
                序号 | 任务 | 要求 | 单位 |\s
                1 | 任务甲 | 要求一 | 区财政局 |\s
                2 | ^ | 要求二 | ^ |\s
                3 | ^ | 要求三 | 区民政局 |\s
                """);
        Table t = table(read(html));
        Cell continued = t.rows().get(2).cells().get(1);
        assertThat(continued.continued()).isTrue();
        assertThat(continued.paragraphs()).isEmpty();
        assertThat(t.exactMerges()).isTrue();
    }

    @Test
    void blockOfRowAndColumnSpansContinuesWithItsWidth() throws Exception {
        String html = "<table>"
                + "<tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>"
                + "<tr><td rowspan=2 colspan=2>AB</td><td>c2</td><td>d2</td></tr>"
                + "<tr><td>c3</td><td>d3</td></tr>"
                + "</table>";
        assertThat(sketch(html)).isEqualTo("""
                a | b | c | d |\s
                AB*2 | c2 | d2 |\s
                ^*2 | c3 | d3 |\s
                """);
    }

    @Test
    void spansPastTheTableEdgeAreClipped() throws Exception {
        String html = "<table>"
                + "<tr><td>工作任务</td><td>牵头部门</td><td>责任单位</td></tr>"
                + "<tr><td colspan=9>一、坚持标准引领</td></tr>"
                + "<tr><td rowspan=7>（一）任务</td><td>县政府办公室</td><td>各乡镇</td></tr>"
                + "<tr><td>县财政局</td><td rowspan=0>各部门</td></tr>"
                + "</table>";
        assertThat(sketch(html)).isEqualTo("""
                工作任务 | 牵头部门 | 责任单位 |\s
                一、坚持标准引领*3 |\s
                （一）任务 | 县政府办公室 | 各乡镇 |\s
                ^ | 县财政局 | 各部门 |\s
                """);
    }

    @Test
    void rightmostRowspanAndShortRowsKeepTheGridAligned() throws Exception {
        String html = "<table>"
                + "<tr><td>1</td><td>x</td><td rowspan=2>单位</td></tr>"
                + "<tr><td>2</td></tr>"
                + "</table>";
        assertThat(sketch(html)).isEqualTo("""
                1 | x | 单位 |\s
                2 |  | ^ |\s
                """);
    }

    @Test
    void headerCellsInTheadAndThAreRowsLikeAnyOther() throws Exception {
        String html = "<table><caption>任务分解表</caption>"
                + "<thead><tr><th>序号</th><th colspan=2>工作任务</th></tr></thead>"
                + "<tbody><tr><td>1</td><td>一</td><td>甲</td></tr></tbody></table>";
        Document d = read(html);
        assertThat(d.blocks().get(0)).isEqualTo(new Paragraph("任务分解表", 0));
        assertThat(SampleDocuments.sketch(table(d))).isEqualTo("""
                序号 | 工作任务*2 |\s
                1 | 一 | 甲 |\s
                """);
    }

    @Test
    void paragraphsBreakAtPAndBrAndSourceWhitespaceIsOneSpace() throws Exception {
        String html = "<table><tr><td><p>县自然资源\n\t\t和规划局</p><p>县住房和城乡建设局<br>县民政局</p>"
                + "<font>区财政局</font>&nbsp;&nbsp;<span>区\u3000教体局</span><o:p></o:p></td></tr></table>";
        Cell c = table(read(html)).rows().get(0).cells().get(0);
        assertThat(c.paragraphs())
                .containsExactly("县自然资源 和规划局", "县住房和城乡建设局", "县民政局", "区财政局  区\u3000教体局");
    }

    @Test
    void bodyParagraphsComeFromBlockElementsAndFurnitureIsIgnored() throws Exception {
        String html = "<html><head><title>标题栏</title><style>p{}</style><script>var x='<p>';</script></head>"
                + "<body><header>网站导航</header><nav>首页</nav>"
                + "<div>周村区人民政府办公室</div><p><span>关于印发</span>2025<span>年任务分解表的通知</span></p>"
                + "<p>&nbsp;</p><p style='display:none'>隐藏</p>"
                + "<p>2025年任务分解表</p><table><tr><td>序号</td></tr></table><p>抄送：区委各部门</p>"
                + "<footer>版权所有</footer></body></html>";
        Document d = read(html);
        assertThat(d.format()).isEqualTo(Format.HTML);
        assertThat(SampleDocuments.paragraphs(d))
                .containsExactly("周村区人民政府办公室", "关于印发2025年任务分解表的通知", "2025年任务分解表", "抄送：区委各部门");
        assertThat(d.blocks().get(3)).isInstanceOf(Table.class);
    }

    @Test
    void layoutTableAroundThePageDoesNotHideTheTaskTable() throws Exception {
        String html = "<table width=100%><tr><td><p>周村区人民政府办公室</p><p>任务分解表</p>"
                + "<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr></table>"
                + "<p>抄送：区委各部门</p></td></tr></table>";
        Document d = read(html);
        assertThat(d.blocks()).hasSize(4);
        assertThat(d.blocks().get(1)).isEqualTo(new Paragraph("任务分解表", 0));
        assertThat(SampleDocuments.sketch(table(d))).isEqualTo("序号 | 任务 | \n1 | 甲 | \n");
    }

    @Test
    void smallTableInsideADataCellIsFlattenedWithAWarning() throws Exception {
        String html = "<table><tr><td>序号</td><td>单位</td></tr><tr><td>1</td><td>前"
                + "<table><tr><td>内甲</td><td>内乙</td></tr></table>后</td></tr>"
                + "<tr><td>2</td><td>乙</td></tr><tr><td>3</td><td>丙</td></tr></table>";
        Document d = read(html);
        assertThat(table(d).rows().get(1).cells().get(1).paragraphs()).containsExactly("前", "内甲", "内乙", "后");
        assertThat(d.warnings()).extracting(w -> w.code()).containsExactly("nested-table");
    }

    @Test
    void gbkPageWithMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>关于印发任务分解表的通知</p><table><tr><td>区住房城乡建设局</td></tr></table></body></html>";
        Document d = reader.read(html.getBytes(GBK), ReadLimits.DEFAULT);
        assertThat(SampleDocuments.paragraphs(d)).containsExactly("关于印发任务分解表的通知");
        assertThat(table(d).rows().get(0).cells().get(0).paragraphs()).containsExactly("区住房城乡建设局");
    }

    @Test
    void gbkPageWithoutAnyDeclarationIsDetected() throws Exception {
        String html = "<html><body><p>周村区人民政府办公室关于印发2025年周村区政务公开工作任务分解表的通知</p>"
                + "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
                + "<tr><td>1</td><td>坚守标准导向，全面推进政务公开规范提质</td><td>区政府各部门、单位，各镇、街道</td></tr>"
                + "</table></body></html>";
        Document d = reader.read(html.getBytes(GBK), ReadLimits.DEFAULT);
        assertThat(SampleDocuments.paragraphs(d))
                .containsExactly("周村区人民政府办公室关于印发2025年周村区政务公开工作任务分解表的通知");
        assertThat(table(d).rows().get(1).cells().get(2).paragraphs()).containsExactly("区政府各部门、单位，各镇、街道");
    }

    @Test
    void byteOrderMarkWinsOverAWrongDeclaration() throws Exception {
        byte[] body = "<meta charset=gbk><p>区财政局</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(SampleDocuments.paragraphs(reader.read(bytes, ReadLimits.DEFAULT))).containsExactly("区财政局");
    }

    @Test
    void limitsGiveClearErrors() {
        String deep = "<div>".repeat(40) + "x" + "</div>".repeat(40);
        assertThatThrownBy(() -> reader.read(deep.getBytes(StandardCharsets.UTF_8),
                new ReadLimits(1 << 20, 100, 64, 20, 1000)))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 20 levels");
        String wide = "<table><tr>" + "<td>x</td>".repeat(5) + "</tr><tr><td>1</td></tr><tr><td>2</td></tr></table>";
        byte[] bytes = wide.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 100, 4, 512, 1000)))
                .hasMessageContaining("more than 4 columns");
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 2, 64, 512, 1000)))
                .hasMessageContaining("more than 2 rows");
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 100, 64, 512, 6)))
                .hasMessageContaining("more than 6 table cells");
    }

    @Test
    void everyRowOfARealTableCoversTheSameGrid() throws Exception {
        Table t = table(read("<table><tr><td>a</td><td colspan=2>b</td></tr><tr><td rowspan=2>c</td><td>d</td>"
                + "<td>e</td></tr><tr><td>f</td><td>g</td></tr></table>"));
        assertThat(t.rows()).extracting(Row::width).containsOnly(3);
    }

    @Test
    void wordExportedPageWithMsoMarkupAndConditionalComments() throws Exception {
        String html = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
                + "<head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
                + "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->"
                + "</head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>"
                + "<p class=MsoNormal align=center><span style='font-family:方正小标宋简体'>任务分解表<o:p></o:p></span></p>"
                + "<table class=MsoNormalTable border=1 cellspacing=0 style='mso-table-layout-alt:fixed'>"
                + "<tr style='mso-yfti-irow:0'><td rowspan=2 style='mso-border-alt:solid windowtext .5pt'>"
                + "<p class=MsoNormal><![if !supportLists]><span>1.</span><![endif]>"
                + "<span lang=EN-US style='mso-spacerun:yes'>&nbsp;</span>任务<o:p></o:p></p></td>"
                + "<td><p class=MsoNormal>区财政局<span style='display:none;mso-hide:all'>隐藏</span></p></td></tr>"
                + "<tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td><p class=MsoNormal>区民政局</p></td></tr>"
                + "</table><p class=MsoNormal><o:p>&nbsp;</o:p></p></div></body></html>";
        Document d = reader.read(html.getBytes(GBK), ReadLimits.DEFAULT);
        assertThat(SampleDocuments.paragraphs(d)).containsExactly("任务分解表");
        assertThat(SampleDocuments.sketch(table(d))).isEqualTo("""
                1. 任务 | 区财政局 |\s
                ^ | 区民政局 |\s
                """);
    }
}

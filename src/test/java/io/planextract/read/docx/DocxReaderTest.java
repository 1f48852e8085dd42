package io.planextract.read.docx;

import static io.planextract.read.docx.DocxFixture.cont;
import static io.planextract.read.docx.DocxFixture.docx;
import static io.planextract.read.docx.DocxFixture.headerTr;
import static io.planextract.read.docx.DocxFixture.p;
import static io.planextract.read.docx.DocxFixture.restart;
import static io.planextract.read.docx.DocxFixture.span;
import static io.planextract.read.docx.DocxFixture.tbl;
import static io.planextract.read.docx.DocxFixture.tc;
import static io.planextract.read.docx.DocxFixture.tcWith;
import static io.planextract.read.docx.DocxFixture.tr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {
    private final DocxReader reader = new DocxReader();

    private Document read(byte[] bytes) throws ReadException {
        return reader.read(bytes, ReadLimits.DEFAULT);
    }

    private static List<Table> tables(Document d) {
        return d.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static List<String> paragraphs(Document d) {
        return d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    private static Cell cell(Table t, int row, int col) {
        return t.rows().get(row).cells().get(col);
    }

    @Test
    void readsMergesMadeThroughPoiUserModel() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("任务分解表");
            XWPFTable t = doc.createTable(3, 3);
            t.getRow(0).getCell(0).setText("序号");
            t.getRow(0).getCell(1).setText("工作任务");
            t.getRow(0).getCell(2).setText("责任单位");
            t.getRow(1).getCell(0).setText("1");
            t.getRow(1).getCell(1).setText("任务甲");
            t.getRow(1).getCell(2).setText("区政府办公室");
            t.getRow(2).getCell(0).setText("2");
            vMerge(t.getRow(1).getCell(2), STMerge.RESTART);
            vMerge(t.getRow(2).getCell(2), STMerge.CONTINUE);
            // row 2: cells 1 and 2 become one cell over two grid columns
            XWPFTableCell merged = t.getRow(0).getCell(1);
            merged.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            t.getRow(0).removeCell(2);
            t.getRow(0).getCell(1).setText("");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            bytes = out.toByteArray();
        }
        Document d = read(bytes);
        assertThat(d.format()).isEqualTo(Format.DOCX);
        assertThat(d.blocks().get(0)).isEqualTo(new Paragraph("任务分解表", 0));
        Table t = tables(d).get(0);
        assertThat(t.exactMerges()).isTrue();
        assertThat(t.rows()).hasSize(3);
        assertThat(cell(t, 0, 1).colSpan()).isEqualTo(2);
        assertThat(t.rows().get(0).cells()).hasSize(2);
        assertThat(cell(t, 1, 2).paragraphs()).containsExactly("区政府办公室");
        assertThat(cell(t, 2, 2).continued()).isTrue();
        assertThat(cell(t, 2, 2).paragraphs()).isEmpty();
        assertThat(cell(t, 2, 1).continued()).isFalse();
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewVMerge().setVal(how);
    }

    @Test
    void verticalAndHorizontalMergesAndAnEmptyUnmergedCellBesideThem() throws Exception {
        Document d = read(docx(p("附件") + p("2025年任务分解表") + tbl(5,
                tr(tc("序号"), span(2, "工作任务"), tc("工作要求"), tc("责任单位")),
                tr(tc("1"), restart("一、总体"), restart("（一）任务"), tc("要求甲"), restart("区政府办公室")),
                tr(tc("2"), cont(), cont(), tc("要求乙"), tc()),
                tr(tc("3"), cont(), tc("（二）任务", "第二段"), tc("要求丙"), cont()))));

        assertThat(paragraphs(d)).containsExactly("附件", "2025年任务分解表");
        Table t = tables(d).get(0);
        assertThat(t.rows()).extracting(Row::width).containsOnly(5);
        assertThat(t.rows().get(0).cells()).extracting(Cell::colSpan).containsExactly(1, 2, 1, 1);
        assertThat(cell(t, 2, 1).continued()).isTrue();
        assertThat(cell(t, 2, 2).continued()).isTrue();
        // a really empty cell is not a merge: it keeps its one empty paragraph
        assertThat(cell(t, 2, 4).continued()).isFalse();
        assertThat(cell(t, 2, 4).paragraphs()).containsExactly("");
        assertThat(cell(t, 3, 2).paragraphs()).containsExactly("（二）任务", "第二段");
        assertThat(cell(t, 3, 4).continued()).isTrue();
    }

    @Test
    void splitTableWithRepeatedHeaderRowIsOneTable() throws Exception {
        String header = headerTr(tc("序号"), tc("任务"), tc("责任单位"));
        String sectionBreak = "<w:p><w:pPr><w:sectPr/></w:pPr></w:p>";
        Document d = read(docx(p("任务分解表")
                + tbl(3, header, tr(tc("1"), tc("甲"), tc("区财政局")), tr(tc("2"), tc("乙"), tc("区民政局")))
                + sectionBreak
                + tbl(3, header, tr(tc("3"), tc("丙"), tc("区教体局")))
                + p("抄送：区委各部门")));

        List<Table> tables = tables(d);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rows()).extracting(r -> r.cells().get(0).paragraphs().get(0))
                .containsExactly("序号", "1", "2", "3");
        assertThat(d.blocks().get(d.blocks().size() - 1)).isEqualTo(new Paragraph("抄送：区委各部门", 0));
    }

    @Test
    void splitTableWithSameHeaderTextButNoHeaderMarkIsOneTable() throws Exception {
        String header = tr(tc("序号"), tc("任务"), tc("责任单位"));
        Document d = read(docx(tbl(3, header, tr(tc("1"), tc("甲"), tc("区财政局")))
                + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                + tbl(3, header, tr(tc("2"), tc("乙"), tc("区民政局")))));
        assertThat(tables(d)).hasSize(1);
        assertThat(tables(d).get(0).rows()).hasSize(3);
    }

    @Test
    void tablesSeparatedByATitleOrWithAnotherGridStayApart() throws Exception {
        String header = headerTr(tc("序号"), tc("任务"), tc("责任单位"));
        Document d = read(docx(tbl(3, header, tr(tc("1"), tc("甲"), tc("区财政局")))
                + p("表二")
                + tbl(3, header, tr(tc("1"), tc("乙"), tc("区民政局")))
                + tbl(2, tr(tc("序号"), tc("任务")))));
        assertThat(tables(d)).hasSize(3);
    }

    @Test
    void nestedTableIsFlattenedIntoItsCellWithAWarning() throws Exception {
        String inner = tbl(2, tr(tc("内甲"), tc("内乙")), tr(tc("内丙"), tc("内丁")));
        String outerCell = "<w:tc><w:tcPr/>" + p("前") + inner + p("后") + "</w:tc>";
        Document d = read(docx(tbl(2, tr(tc("序号"), tc("任务")), tr(tc("1"), outerCell))));
        Table t = tables(d).get(0);
        assertThat(cell(t, 1, 1).paragraphs()).containsExactly("前", "内甲", "内乙", "内丙", "内丁", "后");
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("nested-table");
            assertThat(w.origin().table()).isEqualTo(1);
        });
    }

    @Test
    void textInsideHyperlinksFieldsContentControlsAndTextBoxesIsKept() throws Exception {
        String hyperlink = "<w:p><w:hyperlink><w:r><w:t>链接文字</w:t></w:r></w:hyperlink></w:p>";
        String field = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>2025年9月1日</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        String sdt = "<w:sdt><w:sdtPr/><w:sdtContent>" + p("控件段落") + "</w:sdtContent></w:sdt>";
        String deleted = "<w:p><w:r><w:t>留</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>";
        String box = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
                + "<w:txbxContent>" + p("框内文字") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + p("框内文字")
                + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        String cellBox = "<w:tc><w:tcPr/>" + box + "</w:tc>";
        Document d = read(docx(hyperlink + field + sdt + deleted + box + tbl(1, tr(cellBox))));
        assertThat(paragraphs(d)).containsExactly("链接文字", "2025年9月1日", "控件段落", "留", "框内文字");
        assertThat(cell(tables(d).get(0), 0, 0).paragraphs()).contains("框内文字").doesNotHaveDuplicates();
    }

    @Test
    void lineBreakStartsANewParagraphAndBlankBodyParagraphsAreDropped() throws Exception {
        Document d = read(docx(p("周村区人民政府办公室", "周政办字〔2025〕11号") + p("   ")
                + tbl(1, tr(tc("区财政局，", "区民政局")))));
        assertThat(paragraphs(d)).containsExactly("周村区人民政府办公室", "周政办字〔2025〕11号");
        assertThat(cell(tables(d).get(0), 0, 0).paragraphs()).containsExactly("区财政局，", "区民政局");
    }

    @Test
    void rowsInsideContentControlsAndGridBeforeKeepTheirColumns() throws Exception {
        String sdtRow = "<w:sdt><w:sdtContent>" + tr(tc("2"), tc("乙")) + "</w:sdtContent></w:sdt>";
        String gridBefore = "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("丙") + "</w:tr>";
        Table t = tables(read(docx(tbl(2, tr(tc("1"), tc("甲")), sdtRow, gridBefore)))).get(0);
        assertThat(t.rows()).hasSize(3);
        assertThat(cell(t, 1, 1).paragraphs()).containsExactly("乙");
        assertThat(t.rows().get(2).width()).isEqualTo(2);
        assertThat(cell(t, 2, 1).paragraphs()).containsExactly("丙");
    }

    @Test
    void limitsGiveClearErrors() {
        String rows = tr(tc("1"), tc("甲")) + tr(tc("2"), tc("乙")) + tr(tc("3"), tc("丙"));
        byte[] bytes = docx(tbl(2, rows));
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 2, 64, 512, 1000)))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 2 rows");
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 100, 1, 512, 1000)))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 1 columns");
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 100, 64, 512, 5)))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 5 table cells");
    }

    @Test
    void damagedFileGivesAClerkReadableMessage() {
        byte[] bytes = docx(p("正文"));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("this DOCX file is damaged");
    }

    @SuppressWarnings("unused")
    private static List<Block> blocks(Document d) {
        return d.blocks();
    }
}

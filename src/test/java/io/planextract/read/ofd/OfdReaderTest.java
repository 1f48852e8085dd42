package io.planextract.read.ofd;

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
import io.planextract.read.Readers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class OfdReaderTest {
    private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
    private final OfdReader reader = new OfdReader();

    /** Draws a ruled grid: every edge of every grid cell, except those listed in {@code open} ("h r c" / "v r c"). */
    static void grid(OfdBuilder.Page page, double[] xs, double[] ys, String... open) {
        List<String> skip = List.of(open);
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                if (!skip.contains("h " + r + " " + c)) {
                    page.line(xs[c], ys[r], xs[c + 1], ys[r]);
                }
            }
        }
        for (int c = 0; c < xs.length; c++) {
            for (int r = 0; r + 1 < ys.length; r++) {
                if (!skip.contains("v " + r + " " + c)) {
                    page.line(xs[c], ys[r], xs[c], ys[r + 1]);
                }
            }
        }
    }

    private static final double[] XS = {20, 60, 120, 180};
    private static final double[] YS = {50, 60, 70, 80};

    private static OfdBuilder tableWithMergedSection() {
        OfdBuilder ofd = new OfdBuilder();
        OfdBuilder.Page p = ofd.page(210, 297);
        p.text(60, 30, 7, "关于印发工作要点的通知");
        grid(p, XS, YS, "h 2 0");
        p.text(22, 57, 3.5, "工作任务").text(62, 57, 3.5, "具体要求").text(122, 57, 3.5, "责任单位");
        p.text(22, 67, 3.5, "规范公开").text(62, 67, 3.5, "更新目录").text(122, 67, 3.5, "县政府办公室");
        p.text(62, 77, 3.5, "完善制度").text(122, 77, 3.5, "县司法局");
        p.text(30, 100, 5, "各单位要按时完成。");
        return ofd;
    }

    @Test
    void aCellWithoutTheRuleBelowItContinuesIntoTheNextRow() throws ReadException {
        Document doc = reader.read(tableWithMergedSection().build(), LIMITS);

        Table table = only(doc, Table.class);
        assertThat(table.exactMerges()).isTrue();
        assertThat(texts(table)).containsExactly(
                List.of("工作任务", "具体要求", "责任单位"),
                List.of("规范公开", "更新目录", "县政府办公室"),
                List.of("^", "完善制度", "县司法局"));
    }

    @Test
    void aCellWithoutTheRuleBesideItSpansTheNextColumn() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        OfdBuilder.Page p = ofd.page(210, 297);
        grid(p, XS, YS, "v 0 1", "v 0 2");
        p.text(80, 57, 3.5, "一、规范公开");
        p.text(22, 67, 3.5, "目录").text(62, 67, 3.5, "更新").text(122, 67, 3.5, "办公室");
        p.text(22, 77, 3.5, "制度").text(62, 77, 3.5, "完善").text(122, 77, 3.5, "司法局");

        Table table = only(reader.read(ofd.build(), LIMITS), Table.class);

        assertThat(table.rows().get(0).cells()).hasSize(1);
        assertThat(table.rows().get(0).cells().get(0).colSpan()).isEqualTo(3);
        assertThat(table.rows().get(1).cells()).hasSize(3);
    }

    @Test
    void rulesDrawnAsThinFilledBarsAndInPiecesAreOneTable() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        OfdBuilder.Page p = ofd.page(210, 297);
        for (double y : new double[] {50, 60, 70}) {
            // each horizontal rule a filled bar 0.3 mm high, in two pieces
            p.raw("<ofd:PathObject ID=\"1\" Boundary=\"20 " + y + " 80 0.3\" Stroke=\"false\" Fill=\"true\">"
                    + "<ofd:AbbreviatedData>M 0 0 L 80 0 L 80 0.3 L 0 0.3 C</ofd:AbbreviatedData></ofd:PathObject>");
            p.raw("<ofd:PathObject ID=\"2\" Boundary=\"100 " + y + " 80 0.3\" Stroke=\"false\" Fill=\"true\">"
                    + "<ofd:AbbreviatedData>M 0 0 L 80 0 L 80 0.3 L 0 0.3 C</ofd:AbbreviatedData></ofd:PathObject>");
        }
        for (double x : new double[] {20, 100, 180}) {
            p.line(x, 50, x, 70);
        }
        p.text(22, 57, 3.5, "工作任务").text(102, 57, 3.5, "责任单位");
        p.text(22, 67, 3.5, "更新目录").text(102, 67, 3.5, "办公室");

        Table table = only(reader.read(ofd.build(), LIMITS), Table.class);

        assertThat(texts(table)).containsExactly(List.of("工作任务", "责任单位"), List.of("更新目录", "办公室"));
    }

    @Test
    void textOutsideTablesIsParagraphsInReadingOrder() throws ReadException {
        Document doc = reader.read(tableWithMergedSection().build(), LIMITS);

        assertThat(doc.format()).isEqualTo(Format.OFD);
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(0)).isEqualTo(new Paragraph("关于印发工作要点的通知", 0));
        assertThat(doc.blocks().get(1)).isInstanceOf(Table.class);
        assertThat(doc.blocks().get(2)).isEqualTo(new Paragraph("各单位要按时完成。", 0));
    }

    @Test
    void aRulingWithTextInOnlyOneCellIsAFrameNotATable() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        OfdBuilder.Page p = ofd.page(210, 297);
        grid(p, new double[] {20, 100, 180}, new double[] {50, 70});
        p.text(30, 62, 5, "（此件公开发布）");

        assertThat(reader.read(ofd.build(), LIMITS).blocks()).containsExactly(new Paragraph("（此件公开发布）", 0));
    }

    @Test
    void aLineRunningToTheRightMarginGoesOnInTheNextLine() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        OfdBuilder.Page p = ofd.page(210, 297);
        p.text(40, 40, 5, "一、全面优化主动公开机制，持续完善");   // indented first line, full to the margin
        p.text(30, 48, 5, "目录体系，动态更新。");                 // flush left, short: the paragraph ends
        p.text(40, 56, 5, "二、加强政策解读。");                   // indented: a new paragraph

        List<Block> blocks = reader.read(ofd.build(), LIMITS).blocks();

        assertThat(blocks).containsExactly(new Paragraph("一、全面优化主动公开机制，持续完善目录体系，动态更新。", 0),
                new Paragraph("二、加强政策解读。", 0));
    }

    @Test
    void aWrappedCellIsOneParagraphAndAShortLineEndsOne() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        OfdBuilder.Page p = ofd.page(210, 297);
        grid(p, new double[] {20, 60, 100}, new double[] {50, 70, 80});
        // the second cell is 40 mm wide: 1.9 mm padding each side leaves ten 3.5 mm characters
        p.text(21.9, 55, 3.5, "工作任务");
        p.text(61.9, 55, 3.5, "县政府各部门、单位、");
        p.text(61.9, 60, 3.5, "乡镇人民政府");
        p.text(61.9, 65, 3.5, "县司法局");
        p.text(21.9, 77, 3.5, "甲").text(61.9, 77, 3.5, "乙");

        Table table = only(reader.read(ofd.build(), LIMITS), Table.class);

        assertThat(table.rows().get(0).cells().get(1).paragraphs())
                .containsExactly("县政府各部门、单位、乡镇人民政府", "县司法局");
    }

    @Test
    void aTableOverAPageBreakIsOneTableAndItsRepeatedHeaderIsDropped() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        for (int page = 0; page < 2; page++) {
            OfdBuilder.Page p = ofd.page(210, 297);
            grid(p, XS, YS, "h 2 0");
            p.text(22, 57, 3.5, "工作任务").text(62, 57, 3.5, "具体要求").text(122, 57, 3.5, "责任单位");
            if (page == 0) {
                p.text(22, 67, 3.5, "规范公开");
            }
            p.text(62, 67, 3.5, "要求" + page + "a").text(122, 67, 3.5, "单位");
            p.text(62, 77, 3.5, "要求" + page + "b").text(122, 77, 3.5, "单位");
            p.text(100, 290, 4, "— " + (page + 1) + " —");
        }

        Table table = only(reader.read(ofd.build(), LIMITS), Table.class);

        // the merge open at the foot of page 1 goes on at the head of page 2, where the cell is blank
        assertThat(texts(table)).containsExactly(
                List.of("工作任务", "具体要求", "责任单位"),
                List.of("规范公开", "要求0a", "单位"),
                List.of("^", "要求0b", "单位"),
                List.of("^", "要求1a", "单位"),
                List.of("^", "要求1b", "单位"));
    }

    @Test
    void anObjectsCtmPlacesAndScalesItsText() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        OfdBuilder.Page p = ofd.page(210, 297);
        grid(p, XS, YS);
        p.text(22, 57, 3.5, "工作任务");
        // written in points, scaled to millimetres by the CTM: 10 pt is 3.528 mm
        p.raw("<ofd:TextObject ID=\"7\" Boundary=\"122 62 50 6\" CTM=\"0.3528 0 0 0.3528 0 0\" Size=\"10\">"
                + "<ofd:TextCode X=\"0\" Y=\"10\" DeltaX=\"g 2 10\">司法局</ofd:TextCode></ofd:TextObject>");

        Table table = only(reader.read(ofd.build(), LIMITS), Table.class);

        assertThat(table.rows().get(1).cells().get(2).paragraphs()).containsExactly("司法局");
    }

    @Test
    void aPagesTemplateIsReadUnderItsContent() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        ofd.page(210, 297).text(30, 80, 5, "正文");
        ofd.entry("Doc_0/Tpls/Tpl_0/Content.xml", ("<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>"
                + "<ofd:Layer><ofd:TextObject ID=\"1\" Boundary=\"30 30 100 10\" Size=\"8\"><ofd:TextCode X=\"0\""
                + " Y=\"8\">汶上县人民政府办公室文件</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] file = rewrite(ofd.build(), "Doc_0/Document.xml", x -> x
                .replace("</ofd:CommonData>", "<ofd:TemplatePage ID=\"5\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>"
                        + "</ofd:CommonData>"));
        file = rewrite(file, "Doc_0/Pages/Page_0/Content.xml", x -> x
                .replace("<ofd:Area>", "<ofd:Template TemplateID=\"5\"/><ofd:Area>"));

        assertThat(reader.read(file, LIMITS).blocks()).extracting(b -> ((Paragraph) b).text())
                .containsExactly("汶上县人民政府办公室文件", "正文");
    }

    @Test
    void charactersWithoutUnicodeAreAWarning() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        ofd.page(210, 297).text(30, 80, 5, "正文").text(30, 90, 5, "\uE001\uE002\uFFFD");

        Document doc = reader.read(ofd.build(), LIMITS);

        assertThat(doc.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("ofd-unmapped-text");
            assertThat(w.message()).startsWith("第 1 页有 3 个字符所用字体没有 Unicode 对照");
        });
    }

    @Test
    void aCompositeObjectsUnitIsReadWhereTheObjectPlacesIt() throws ReadException {
        OfdBuilder ofd = new OfdBuilder();
        ofd.page(210, 297).raw("<ofd:CompositeObject ID=\"5\" Boundary=\"0 0 210 297\" CTM=\"0.3528 0 0 0.3528 0 0\""
                + " ResourceID=\"9\"/>");
        ofd.entry("Doc_0/DocumentRes.xml", ("<ofd:Res xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                + "<ofd:CompositeGraphicUnits>"
                + "<ofd:CompositeGraphicUnit ID=\"9\" Width=\"595\" Height=\"842\"><ofd:Content>"
                + "<ofd:TextObject ID=\"6\" Boundary=\"100 200 200 20\" Size=\"16\"><ofd:TextCode X=\"0\" Y=\"16\""
                + " DeltaX=\"g 3 16\">关于印发</ofd:TextCode></ofd:TextObject></ofd:Content></ofd:CompositeGraphicUnit>"
                + "</ofd:CompositeGraphicUnits></ofd:Res>").getBytes(StandardCharsets.UTF_8));
        byte[] file = rewrite(ofd.build(), "Doc_0/Document.xml", x -> x.replace("</ofd:CommonData>",
                "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>"));

        Document doc = reader.read(file, LIMITS);

        assertThat(doc.blocks()).containsExactly(new Paragraph("关于印发", 0));
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void pagesDrawnOnlyAsCompositeObjectsWithoutTheirUnitsAreAClearError() {
        OfdBuilder ofd = new OfdBuilder();
        ofd.page(210, 297).raw("<ofd:CompositeObject ID=\"5\" Boundary=\"0 0 210 297\" ResourceID=\"9\"/>");

        assertThatThrownBy(() -> reader.read(ofd.build(), LIMITS)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("this OFD file draws its pages as composite objects (CompositeObject)");
    }

    @Test
    void whatThePartsUnpackToIsBounded() {
        ReadLimits small = new ReadLimits(1 << 20, 100, 64, 512, 1000, 10, 2048);

        assertThatThrownBy(() -> reader.read(tableWithMergedSection().build(), small))
                .isInstanceOf(ReadException.class).hasMessageStartingWith("this OFD file unpacks to more than 2 KB");
    }

    @Test
    void sealsAndSignaturesAreIgnored() throws ReadException {
        Document doc = reader.read(tableWithMergedSection().sealed().build(), LIMITS);

        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void theFormatIsKnownFromTheContent() throws ReadException {
        Document doc = Readers.read(tableWithMergedSection().build(), "notice.zip", LIMITS);

        assertThat(doc.format()).isEqualTo(Format.OFD);
    }

    @Test
    void aMissingPageIsAWarningNamingItAndTheOtherPagesAreRead() throws ReadException {
        OfdBuilder ofd = tableWithMergedSection();
        ofd.page(210, 297).text(30, 40, 5, "第二页");
        ofd.omitPage(2);

        Document doc = reader.read(ofd.build(), LIMITS);

        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("ofd-missing-part");
            assertThat(w.message()).contains("第 2 页").contains("Doc_0/Pages/Page_1/Content.xml");
        });
    }

    @Test
    void noPageAtAllIsAClearError() {
        OfdBuilder ofd = tableWithMergedSection().omitPage(1);

        assertThatThrownBy(() -> reader.read(ofd.build(), LIMITS)).isInstanceOf(ReadException.class)
                .hasMessage("this OFD file is damaged: none of its 1 pages is in it"
                        + " (Doc_0/Pages/Page_0/Content.xml is missing)");
    }

    @Test
    void aMissingDocumentIsAClearError() {
        byte[] zip = zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");

        assertThatThrownBy(() -> reader.read(zip, LIMITS)).isInstanceOf(ReadException.class)
                .hasMessage("this OFD file is damaged: its part Doc_0/Document.xml is missing");
    }

    @Test
    void pagesWithoutTextAreAScan() {
        OfdBuilder ofd = new OfdBuilder();
        ofd.page(210, 297).raw("<ofd:ImageObject ID=\"5\" Boundary=\"0 0 210 297\" ResourceID=\"9\"/>");

        assertThatThrownBy(() -> reader.read(ofd.build(), LIMITS)).isInstanceOf(ReadException.class)
                .hasMessageContaining("扫描件，需要先做文字识别 (OCR)");
    }

    @Test
    void moreThanThePageLimitIsRefused() {
        OfdBuilder ofd = new OfdBuilder();
        for (int i = 0; i < 3; i++) {
            ofd.page(210, 297).text(30, 40, 5, "第" + i + "页");
        }
        ReadLimits two = new ReadLimits(1 << 20, 100, 64, 512, 1000, 2, 1 << 20);

        assertThatThrownBy(() -> reader.read(ofd.build(), two)).isInstanceOf(ReadException.class)
                .hasMessage("this OFD file has 3 pages; plan-extract reads files up to 2 pages");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        // a page part of 16 MB of spaces packs into about 16 KB: unpacking stops at the first 64 KB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] ofd = new OfdBuilder().build();
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(ofd))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(in.readAllBytes());
                }
            }
            zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_0/Content.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            zip.write("<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\">".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 16; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] bomb = rewrite(bytes.toByteArray(), "Doc_0/Document.xml", x -> x.replace("<ofd:Pages></ofd:Pages>",
                "<ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages>"));

        assertThatThrownBy(() -> reader.read(bomb, LIMITS)).isInstanceOf(ReadException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void aDamagedZipIsAClearError() {
        byte[] ofd = tableWithMergedSection().build();
        byte[] cut = java.util.Arrays.copyOf(ofd, ofd.length / 2);

        assertThatThrownBy(() -> reader.read(cut, LIMITS)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("this OFD file is damaged");
    }

    /** The package with one XML part changed. */
    private static byte[] rewrite(byte[] zip, String name, java.util.function.UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
                var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    String xml = change.apply(new String(content, StandardCharsets.UTF_8));
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String name, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T extends Block> T only(Document doc, Class<T> type) {
        List<T> found = doc.blocks().stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Each row's cells as their joined text, {@code ^} for a continued cell. */
    static List<List<String>> texts(Table table) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : table.rows()) {
            List<String> row = new ArrayList<>();
            for (Cell c : r.cells()) {
                row.add(c.continued() ? "^" : String.join("|", c.paragraphs()));
            }
            out.add(row);
        }
        return out;
    }
}

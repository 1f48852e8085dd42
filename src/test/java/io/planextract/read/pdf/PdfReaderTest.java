package io.planextract.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Warning;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.Readers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReaderTest {
    private static final float[] XS = {50, 150, 300, 450};
    private final PdfReader reader = new PdfReader();

    @Test
    void aRuledTableWithMergedCellsGivesTheMergesAsWordStatesThem() throws Exception {
        float[] ys = {100, 120, 140, 160, 180};
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            // column 1 merged over rows 1 and 2; row 3 spans columns 1 and 2
            f.page().table(XS, ys, new int[] {1, 1, 2, 1}, new int[] {3, 1, 1, 2});
            f.cell(XS, ys, 0, 0, "No").cell(XS, ys, 0, 1, "Task").cell(XS, ys, 0, 2, "Lead");
            f.cell(XS, ys, 1, 0, "1").cell(XS, ys, 1, 1, "merged").cell(XS, ys, 1, 2, "x");
            f.cell(XS, ys, 2, 0, "2").cell(XS, ys, 2, 2, "y");
            f.cell(XS, ys, 3, 0, "3").cell(XS, ys, 3, 1, "wide");
            pdf = f.bytes();
        }

        Document doc = reader.read(pdf, ReadLimits.DEFAULT);

        assertThat(doc.format()).isEqualTo(Format.PDF);
        assertThat(rows(single(doc.blocks(), Table.class))).containsExactly(
                "No | Task | Lead", "1 | merged | x", "2 | ^ | y", "3 | wide{2}");
    }

    @Test
    void aTableOverTwoPagesIsOneTableWithoutItsRepeatedHeaderAndWithItsMergeCutByThePageBreak() throws Exception {
        float[] ys1 = {100, 120, 140, 160};
        float[] ys2 = {60, 80, 100, 120};
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            f.page().text(50, 80, "Before the table.");
            // on page 1 the Task cell of row 2 is merged down to the bottom of the page, and on into page 2
            f.table(XS, ys1, new int[] {1, 1, 2, 1});
            f.cell(XS, ys1, 0, 0, "No").cell(XS, ys1, 0, 1, "Task").cell(XS, ys1, 0, 2, "Lead");
            f.cell(XS, ys1, 1, 0, "1").cell(XS, ys1, 1, 1, "long task").cell(XS, ys1, 1, 2, "a");
            f.cell(XS, ys1, 2, 0, "2").cell(XS, ys1, 2, 2, "b");
            f.text(280, 800, "- 1 -");
            f.page().table(XS, ys2);
            f.cell(XS, ys2, 0, 0, "No").cell(XS, ys2, 0, 1, "Task").cell(XS, ys2, 0, 2, "Lead");
            f.cell(XS, ys2, 1, 0, "3").cell(XS, ys2, 1, 2, "c");
            f.cell(XS, ys2, 2, 0, "4").cell(XS, ys2, 2, 1, "next task").cell(XS, ys2, 2, 2, "d");
            f.text(50, 150, "After the table.");
            f.text(280, 800, "- 2 -");
            pdf = f.bytes();
        }

        List<Block> blocks = reader.read(pdf, ReadLimits.DEFAULT).blocks();

        assertThat(blocks).hasSize(3);
        assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("Before the table.");
        assertThat(rows((Table) blocks.get(1))).containsExactly(
                "No | Task | Lead", "1 | long task | a", "2 | ^ | b", "3 | ^ | c", "4 | next task | d");
        assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("After the table.");
    }

    @Test
    void aTableWithOpenSidesKeepsItsFirstAndLastColumns() throws Exception {
        float[] ys = {100, 120, 140};
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            f.page();
            for (float y : ys) {
                f.line(50, y, 450, y);
            }
            f.line(150, 100, 150, 140).line(300, 100, 300, 140); // no border on the left and right
            f.cell(XS, ys, 0, 0, "A").cell(XS, ys, 0, 1, "B").cell(XS, ys, 0, 2, "C");
            f.cell(XS, ys, 1, 0, "1").cell(XS, ys, 1, 1, "2").cell(XS, ys, 1, 2, "3");
            pdf = f.bytes();
        }

        assertThat(rows(single(reader.read(pdf, ReadLimits.DEFAULT).blocks(), Table.class)))
                .containsExactly("A | B | C", "1 | 2 | 3");
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void aTableOnATurnedPageIsReadAsItShows(int degrees) throws Exception {
        float[] ys = {100, 120, 140};
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            f.turnedPage(degrees).table(XS, ys).cell(XS, ys, 0, 0, "A").cell(XS, ys, 0, 1, "B")
                    .cell(XS, ys, 0, 2, "C").cell(XS, ys, 1, 0, "1").cell(XS, ys, 1, 1, "2").cell(XS, ys, 1, 2, "3");
            pdf = f.bytes();
        }

        Document doc = reader.read(pdf, ReadLimits.DEFAULT);

        assertThat(rows(single(doc.blocks(), Table.class))).containsExactly("A | B | C", "1 | 2 | 3");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void paragraphsOutsideTablesKeepTheirOrderAroundTheTable() throws Exception {
        float[] ys = {200, 220, 240};
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            f.page().text(50, 100, "Title").text(50, 150, "First paragraph.");
            f.table(XS, ys).cell(XS, ys, 0, 0, "A").cell(XS, ys, 1, 0, "B");
            f.text(50, 300, "Last paragraph.");
            pdf = f.bytes();
        }

        List<Block> blocks = reader.read(pdf, ReadLimits.DEFAULT).blocks();

        assertThat(blocks).extracting(b -> b instanceof Paragraph p ? p.text() : "TABLE")
                .containsExactly("Title", "First paragraph.", "TABLE", "Last paragraph.");
    }

    @Test
    void aScanWithoutTextIsRefusedAsAScan() {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().image().page().image().bytes();
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThatThrownBy(() -> reader.read(pdf, ReadLimits.DEFAULT)).isInstanceOf(ReadException.class)
                .hasMessageContaining("扫描件，需要先做文字识别 (OCR)");
    }

    @Test
    void aScannedPageAmongTextPagesIsNamedInAWarning() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().text(50, 100, "Some text.").page().image().bytes();
        }

        List<Warning> warnings = reader.read(pdf, ReadLimits.DEFAULT).warnings();

        assertThat(warnings).extracting(Warning::code).containsExactly("pdf-scanned-pages");
        assertThat(warnings.get(0).message()).startsWith("第 2 页只有图片");
    }

    @Test
    void aPdfWithNothingOnItSaysSo() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().bytes();
        }

        assertThatThrownBy(() -> reader.read(pdf, ReadLimits.DEFAULT)).isInstanceOf(ReadException.class)
                .hasMessage("this PDF holds no text");
    }

    @Test
    void charactersWhoseFontHasNoUnicodeMapAreNamedInAWarning() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            // glyph names that mean nothing to a reader (as a subset font without ToUnicode has): no Unicode value
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(65));
            differences.add(COSName.getPDFName("g101"));
            differences.add(COSName.getPDFName("g102"));
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
            font.setItem(COSName.ENCODING, encoding);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font));
            page.setResources(resources);
            PDStream contents = new PDStream(doc);
            try (var os = contents.createOutputStream()) {
                os.write("BT /F1 12 Tf 50 700 Td (AB) Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(contents);
            doc.save(out);
            pdf = out.toByteArray();
        }

        List<Warning> warnings = reader.read(pdf, ReadLimits.DEFAULT).warnings();

        assertThat(warnings).extracting(Warning::code).containsExactly("pdf-font-without-unicode");
        assertThat(warnings.get(0).message()).startsWith("2 个字符所用的字体（Helvetica）没有 Unicode 对照表");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedInOneLine() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().text(50, 100, "secret").encrypted("pw");
        }

        assertThatThrownBy(() -> reader.read(pdf, ReadLimits.DEFAULT)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("this PDF is password-protected").hasMessageNotContaining("\n");
    }

    @Test
    void aCutOffPdfIsRefusedInOneLine() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().text(50, 100, "text").bytes();
        }
        byte[] cut = Arrays.copyOf(pdf, pdf.length * 2 / 3);

        assertThatThrownBy(() -> Readers.read(cut, ReadLimits.DEFAULT)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("this PDF file is cut off").hasMessageNotContaining("\n");
    }

    @Test
    void aPdfWhoseCrossReferenceTableIsWrongIsStillReadAsViewersDo() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().text(50, 100, "Still here.").bytes();
        }
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("startxref") + "startxref".length();
        String broken = s.substring(0, at) + s.substring(at).replaceFirst("\\d+", "17");

        Document doc = reader.read(broken.getBytes(StandardCharsets.ISO_8859_1), ReadLimits.DEFAULT);

        assertThat(single(doc.blocks(), Paragraph.class).text()).isEqualTo("Still here.");
    }

    @Test
    void garbageAfterThePdfHeaderIsRefusedAsDamagedInOneLine() {
        byte[] junk = "%PDF-1.7\n1 0 obj <</Pages 9 0 R>>\nxref\nzzz\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.read(junk, ReadLimits.DEFAULT)).isInstanceOf(ReadException.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void textPrintedPastThePageEdgeIsReadAndWarnedAbout() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().text(500, 100, "this sentence runs past the right edge of the paper").bytes();
        }

        Document doc = reader.read(pdf, ReadLimits.DEFAULT);

        assertThat(single(doc.blocks(), Paragraph.class).text()).endsWith("edge of the paper");
        assertThat(doc.warnings()).extracting(Warning::code).containsExactly("pdf-text-off-page");
    }

    @Test
    void aTableCutAtThePaperEdgeKeepsTheTextPastTheEdgeInItsLastColumn() throws Exception {
        float[] xs = {50, 300, 595.28f}; // the borders stop at the page's right edge
        float[] ys = {100, 120, 140};
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            f.page().table(xs, ys).cell(xs, ys, 0, 0, "A").cell(xs, ys, 0, 1, "B").cell(xs, ys, 1, 0, "1");
            f.text(570, ys[1] + 13, "overflowing");
            pdf = f.bytes();
        }

        Document doc = reader.read(pdf, ReadLimits.DEFAULT);

        assertThat(rows(single(doc.blocks(), Table.class))).containsExactly("A | B", "1 | overflowing");
        assertThat(doc.warnings()).extracting(Warning::code).containsExactly("pdf-text-off-page");
    }

    @Test
    void morePagesThanTheLimitAreRefused() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().text(50, 100, "1").page().text(50, 100, "2").page().text(50, 100, "3").bytes();
        }
        ReadLimits two = new ReadLimits(1 << 20, 100, 64, 64, 1000, 2, 1 << 20);

        assertThatThrownBy(() -> reader.read(pdf, two)).isInstanceOf(ReadException.class)
                .hasMessage("the PDF has 3 pages; plan-extract reads PDFs up to 2 pages");
    }

    @Test
    void contentThatInflatesPastTheLimitIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream contents = new PDStream(doc);
            try (var os = contents.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 8; i++) {
                    os.write(spaces); // 8 MB of white space: a valid content stream, deflated to a few KB
                }
            }
            page.setContents(contents);
            doc.save(out);
            pdf = out.toByteArray();
        }
        ReadLimits small = new ReadLimits(1 << 20, 100, 64, 64, 1000, 10, 4 << 20);

        assertThat(pdf.length).isLessThan(100_000);
        assertThatThrownBy(() -> reader.read(pdf, small)).isInstanceOf(ReadException.class)
                .hasMessage("this PDF's content inflates to more than 4 MB, far more than a notice; it was not read");
    }

    @Test
    void theReaderIsChosenByContent() throws Exception {
        byte[] pdf;
        try (PdfFixture f = new PdfFixture()) {
            pdf = f.page().text(50, 100, "hello").bytes();
        }

        Document doc = Readers.read(pdf, "notice.docx", ReadLimits.DEFAULT);

        assertThat(doc.format()).isEqualTo(Format.PDF);
        assertThat(doc.warnings()).extracting(Warning::code).containsExactly("format-mismatch");
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            assertThat(parsed.getNumberOfPages()).isEqualTo(1);
        }
    }

    /** Each row as its cells' text joined by " | ": "^" for a continued cell, "{n}" after a cell spanning n. */
    static List<String> rows(Table table) {
        List<String> out = new ArrayList<>();
        for (Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                String text = c.continued() ? "^" : String.join("/", c.paragraphs());
                cells.add(text + (c.colSpan() > 1 ? "{" + c.colSpan() + "}" : ""));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static <T> T single(List<Block> blocks, Class<T> type) {
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0)).isInstanceOf(type);
        return type.cast(blocks.get(0));
    }
}

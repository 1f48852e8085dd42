package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.doc.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recognisesTheSupportedFormatsByContent() throws Exception {
        assertThat(FormatSniffer.sniff(SampleDocuments.bytes("zhoucun-2025-task-breakdown.docx")))
                .isEqualTo(Format.DOCX);
        assertThat(FormatSniffer.sniff(SampleDocuments.bytes("zhoucun-2025-task-breakdown.html")))
                .isEqualTo(Format.HTML);
        assertThat(FormatSniffer.sniff(SampleDocuments.bytes("doc/zhoucun-2025-task-breakdown.doc")))
                .isEqualTo(Format.DOC);
        assertThat(FormatSniffer.sniff(SampleDocuments.bytes("zhoucun-2025-task-breakdown.txt")))
                .isEqualTo(Format.TEXT);
    }

    @Test
    void aZipWithOfdXmlAtItsRootIsAnOfdWhateverItsOtherParts() throws Exception {
        assertThat(FormatSniffer.sniff(zip("OFD.xml", "Doc_0/Document.xml"))).isEqualTo(Format.OFD);
        assertRefused(zip("Doc_0/OFD.xml"), "this is a ZIP archive, not a Word document");
    }

    @Test
    void htmlIsRecognisedAfterBomCommentsAndWordNamespaces() throws Exception {
        assertThat(FormatSniffer.sniff(utf8("\uFEFF\n  <!DOCTYPE html><html><body>x</body></html>"))).isEqualTo(Format.HTML);
        assertThat(FormatSniffer.sniff(utf8("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:"
                + "schemas-microsoft-com:office:office\"><head><meta charset=gb2312></head></html>")))
                .isEqualTo(Format.HTML);
        assertThat(FormatSniffer.sniff(utf8("<!-- saved from url -->\n<HTML><BODY>x</BODY></HTML>")))
                .isEqualTo(Format.HTML);
        assertThat(FormatSniffer.sniff(utf8("<table><tr><td>1</td></tr></table>"))).isEqualTo(Format.HTML);
        // a text notice that merely mentions a tag further down stays text
        assertThat(FormatSniffer.sniff(utf8("周村区人民政府办公室\n关于<html>的说明"))).isEqualTo(Format.TEXT);
    }

    @Test
    void aPdfIsKnownByItsHeader() throws Exception {
        assertThat(FormatSniffer.sniff(utf8("%PDF-1.7\n..."))).isEqualTo(Format.PDF);
        assertThat(FormatSniffer.formatOfName("通知.PDF")).isEqualTo(Format.PDF);
    }

    @Test
    void refusesUnsupportedContentNamingWhatItIs() throws Exception {
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "this is an image");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "this is an image");
        assertRefused(utf8("GIF89a...."), "this is an image");
        assertRefused(utf8("{\\rtf1\\ansi"), "this is an RTF file");
        assertRefused(new byte[0], "the file is empty");
        assertRefused(zip("readme.txt"), "this is a ZIP archive, not a Word document");
    }

    @Test
    void workbooksAreRecognisedByTheirWorkbookPart() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("序号");
            wb.write(out);
            assertThat(FormatSniffer.sniff(out.toByteArray())).isEqualTo(Format.XLSX);
        }
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("表1");
            wb.write(out);
            assertThat(FormatSniffer.sniff(out.toByteArray())).isEqualTo(Format.XLS);
        }
        assertRefused(zip("xl/workbook.bin"), "this is a binary Excel workbook (XLSB)");
        assertRefused(utf8("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns="
                + "\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"任务\"><Table><Row><Cell>"
                + "<Data ss:Type=\"String\">序号</Data></Cell></Row></Table></Worksheet></Workbook>"),
                "this is an Excel 2003 XML spreadsheet");
    }

    @Test
    void aWorkbookNamedForAnotherFormatIsWarnedAboutButEtNamesEither() {
        assertThat(FormatSniffer.nameMismatch("任务.xls", Format.XLSX)).isPresent();
        assertThat(FormatSniffer.nameMismatch("任务.xlsx", Format.XLSX)).isEmpty();
        assertThat(FormatSniffer.nameMismatch("任务.et", Format.XLSX)).isEmpty();
        assertThat(FormatSniffer.nameMismatch("任务.et", Format.XLS)).isEmpty();
    }

    @Test
    void damagedOle2FileIsReportedAsDamaged() {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> FormatSniffer.sniff(header)).isInstanceOf(ReadException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void zipEntryNamesComeFromTheDirectoryWithoutInflating() throws Exception {
        assertThat(FormatSniffer.ZipNames.list(zip("word/document.xml", "[Content_Types].xml")))
                .containsExactly("word/document.xml", "[Content_Types].xml");
        assertThat(FormatSniffer.sniff(zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(Format.DOCX);
    }

    @Test
    void nameThatDisagreesWithTheContentGivesAWarning() {
        assertThat(FormatSniffer.nameMismatch("通知.doc", Format.DOCX)).hasValueSatisfying(w -> {
            assertThat(w.code()).isEqualTo("format-mismatch");
            assertThat(w.message()).isEqualTo("文件扩展名是 .doc，内容却是 DOCX，已按 DOCX 读取");
        });
        assertThat(FormatSniffer.nameMismatch("/a/通知.DOCX", Format.DOCX)).isEmpty();
        assertThat(FormatSniffer.nameMismatch("通知.wps", Format.DOC)).isEmpty();
        assertThat(FormatSniffer.nameMismatch("通知.htm", Format.HTML)).isEmpty();
        assertThat(FormatSniffer.nameMismatch("通知", Format.TEXT)).isEmpty();
        assertThat(FormatSniffer.nameMismatch("dir.v2/通知", Format.TEXT)).isEmpty();
        assertThat(FormatSniffer.nameMismatch("通知.html", Format.TEXT)).isPresent();
    }

    private static void assertRefused(byte[] content, String message) {
        assertThatThrownBy(() -> FormatSniffer.sniff(content)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith(message);
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

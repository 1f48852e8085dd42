package io.planextract.read.sheet;

import static io.planextract.read.sheet.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.doc.Document;
import io.planextract.model.Warning;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.Readers;
import io.planextract.read.SampleDocuments;
import io.planextract.read.sheet.Workbooks.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile and damaged workbooks: each a clear one-line refusal, in bounded time and memory. */
class SheetLimitsTest {
    private static final byte[] TASKS = Kind.XLSX.make(wb -> Workbooks.taskSheet(wb.createSheet("任务"), 0));

    private static ReadLimits limits(int rows, int cols, int cells, int sheets, long expanded) {
        return new ReadLimits(64L << 20, rows, cols, 512, cells).withMaxSheets(sheets).withMaxDecodedBytes(expanded);
    }

    private static void assertOneLineRefusal(byte[] content, ReadLimits limits, String expected) {
        assertThatThrownBy(() -> Readers.read(content, "book.xlsx", limits)).isInstanceOf(ReadException.class)
                .hasMessageContaining(expected).message().doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anEncryptedXlsxIsRefusedInOneLine() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(TASKS));
                OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertOneLineRefusal(out.toByteArray(), ReadLimits.DEFAULT, "password-protected");
        assertThatThrownBy(() -> new SheetReader().read(out.toByteArray(), ReadLimits.DEFAULT))
                .hasMessage("this workbook is password-protected; open it in Excel or WPS, remove the password and"
                        + " save it again");
    }

    @Test
    void anEncryptedXlsIsRefusedInOneLine() throws Exception {
        byte[] xls;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbooks.taskSheet(wb.createSheet("任务"), 0);
            wb.write(out);
            xls = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertOneLineRefusal(xls, ReadLimits.DEFAULT, "password-protected");
    }

    /**
     * Every one of Excel's 1,048,576 rows holds a value: the sheet is streamed and refused at the first row past the
     * limit (about 2 s on a quiet machine; the timeout allows for a busy one).
     */
    @Test
    @Timeout(120)
    void aSheetOfAMillionRowsIsRefusedAtTheRowLimit() throws Exception {
        byte[] huge = withSheetXml(TASKS, 1_048_576, 1, false);
        assertOneLineRefusal(huge, ReadLimits.DEFAULT, "sheet “任务” has more than 100000 rows with values");
    }

    /** A value in row 1,048,576 costs one row: the sheet is sparse, never laid out row by row to there. */
    @Test
    @Timeout(30)
    void aValueInTheLastRowCostsOneRow() throws Exception {
        byte[] far = withSheetXml(TASKS, 2, 1_048_575, true);
        Document d = new SheetReader().read(far, ReadLimits.DEFAULT);
        // the rows far apart are two tables (a blank run between them), of one row each
        assertThat(SampleDocuments.tables(d)).extracting(t -> t.rows().size()).containsExactly(1, 1);
    }

    /** Two cells a row make the million-row sheet 110 MB of XML: refused by its size before POI loads it. */
    @Test
    @Timeout(60)
    void aMillionRowsOfTwoCellsAreRefusedByTheirSize() throws Exception {
        assertOneLineRefusal(withSheetXml(TASKS, 1_048_576, 1, true), ReadLimits.DEFAULT,
                "this workbook expands to more than 96 MB");
    }

    @Test
    void aWorkbookExpandingPastTheLimitIsRefused() {
        assertOneLineRefusal(TASKS, limits(100, 64, 1000, 10, 4_000), "this workbook expands to more than");
    }

    @Test
    void sheetsAndCellsAreCounted() {
        byte[] twoSheets = Kind.XLSX.make(wb -> {
            Workbooks.taskSheet(wb.createSheet("一"), 0);
            Workbooks.taskSheet(wb.createSheet("二"), 0);
        });
        assertOneLineRefusal(twoSheets, limits(100, 64, 1000, 1, 1 << 20), "more than 1 sheets");
        assertOneLineRefusal(TASKS, limits(100, 64, 5, 10, 1 << 20), "more than 5 cells");
        assertOneLineRefusal(TASKS, limits(2, 64, 1000, 10, 1 << 20), "more than 2 rows");
    }

    @Test
    void columnsPastTheLimitAreCutWithAWarning() throws Exception {
        Document d = new SheetReader().read(TASKS, limits(100, 3, 1000, 10, 1 << 20));
        assertThat(SampleDocuments.tables(d).get(0).rows().get(0).width()).isEqualTo(3);
        assertThat(d.warnings()).extracting(Warning::message).containsExactly("工作表“任务”有内容的列超过3列，从D列起未读取");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() {
        byte[] xls = Kind.XLS.make(wb -> Workbooks.taskSheet(wb.createSheet("任务"), 0));
        assertThatThrownBy(() -> new SheetReader().read(Arrays.copyOf(TASKS, TASKS.length / 2), ReadLimits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageStartingWith("this XLSX file is damaged");
        assertThatThrownBy(() -> new SheetReader().read(Arrays.copyOf(xls, 1536), ReadLimits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageStartingWith("this XLS file is damaged");
    }

    /**
     * The workbook with its first sheet replaced by one written here as a stream: a header row, then {@code rows - 1}
     * rows of a number (and a task) each, starting at 0-based row {@code firstDataRow}. POI would take minutes and gigabytes to
     * write a million rows through its usermodel.
     */
    private static byte[] withSheetXml(byte[] workbook, int rows, int firstDataRow, boolean withTask)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                            + ".org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                            + "序号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>工作任务</t></is></c></row>");
                    for (int r = firstDataRow + 1; r < firstDataRow + rows; r++) {
                        w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c>"
                                + (withTask ? "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>任务</t></is></c>" : "")
                                + "</row>");
                    }
                    w.write("</sheetData></worksheet>");
                    w.flush();
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

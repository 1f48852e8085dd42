package io.planextract.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.fixtures.GoldResults;
import io.planextract.model.NoticeResult;
import io.planextract.model.Source;
import io.planextract.model.Task;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    @TempDir
    Path dir;

    /** The rows the CSV would hold for these results: the columns of docs/OUTPUT.md, built from the model. */
    private static List<List<String>> expectedRows(List<NoticeResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (NoticeResult r : results) {
            for (Task t : r.tasks()) {
                List<String> row = new ArrayList<>();
                row.add(r.source().path());
                row.add(String.valueOf(t.id()));
                row.add(t.seq() == null ? "" : t.seq().toString());
                row.add(t.sectionNo() == null ? "" : t.sectionNo().toString());
                row.add(nz(t.section()));
                row.add(t.taskNo() == null ? "" : t.taskNo().toString());
                row.add(nz(t.task()));
                row.add(nz(t.requirement()));
                row.add(String.join("；", t.lead()));
                row.add(String.join("；", t.responsible()));
                row.add(t.deadline() == null ? "" : nz(t.deadline().text()));
                row.add(t.deadline() == null ? "" : nz(t.deadline().kind()));
                row.add(t.deadline() == null ? "" : nz(t.deadline().date()));
                row.add(nz(r.notice().issuer()));
                row.add(nz(r.notice().docNumber()));
                row.add(nz(r.notice().date()));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<List<String>> readRows(XSSFSheet sheet) {
        DataFormatter fmt = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < XlsxWriter.HEADER.size(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : fmt.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    @Test
    void oneSheetHoldsTheCsvRowsOfAllNotices() throws IOException {
        List<NoticeResult> results = GoldResults.all();
        Path file = dir.resolve("tasks.xlsx");
        XlsxWriter.write(results, file, XlsxWriter.Options.defaults());

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(header(sheet)).isEqualTo(XlsxWriter.HEADER);
            assertThat(readRows(sheet)).isEqualTo(expectedRows(results));
            // ... which are also the rows of the CSV writer.
            List<List<String>> csvRows = new ArrayList<>();
            results.forEach(r -> r.tasks().forEach(t -> csvRows.add(CsvColumns.row(r, t))));
            assertThat(readRows(sheet)).isEqualTo(csvRows);
            // Frozen header row, ids as numbers, long text wrapped.
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(7)).isGreaterThan(sheet.getColumnWidth(1) * 5);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void sheetPerNoticeNamesSheetsAfterTheirSource() throws IOException {
        List<NoticeResult> results = GoldResults.all();
        Path file = dir.resolve("by-notice.xlsx");
        try (XlsxWriter xlsx = XlsxWriter.open(file, new XlsxWriter.Options(true))) {
            for (NoticeResult r : results) {
                xlsx.accept(r);
            }
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(results.size());
            for (int i = 0; i < results.size(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getSheetName()).isEqualTo(GoldResults.NAMES.get(i));
                assertThat(readRows(sheet)).isEqualTo(expectedRows(List.of(results.get(i))));
            }
        }
    }

    @Test
    void sheetNamesAreValidShortAndUnique() throws IOException {
        NoticeResult base = GoldResults.load("zhoucun-2025-task-breakdown");
        String longName = "a/very:long*notice?name[with]bad\\chars-and-more-than-thirty-one.docx";
        List<NoticeResult> results = Stream.of(longName, longName, "x/" + longName, "History.txt")
                .map(p -> withSource(base, p)).toList();
        Path file = dir.resolve("names.xlsx");
        XlsxWriter.write(results, file, new XlsxWriter.Options(true));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String name = wb.getSheetName(i);
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\]");
                assertThat(names.add(name.toLowerCase())).as(name).isTrue();
            }
            assertThat(names).hasSize(4);
        }
        assertThat(XlsxWriter.safeSheetName("'q1'")).isEqualTo("q1");
        assertThat(XlsxWriter.safeSheetName("  ")).isEqualTo("notice");
    }

    @Test
    void hiddenAndOddlyNamedInputsGetUsableSheets() throws IOException {
        NoticeResult base = GoldResults.load("zhoucun-2025-task-breakdown");
        List<NoticeResult> results = Stream.of(".draft.docx", "draft.docx", "-x.txt", "a'b.txt", "...")
                .map(p -> withSource(base, p)).toList();
        Path file = dir.resolve("odd.xlsx");

        XlsxWriter.write(results, file, new XlsxWriter.Options(true));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheetName(0)).isEqualTo("draft");
            assertThat(wb.getSheetName(1)).isEqualTo("draft (2)");
        }
    }

    @Test
    void writesIntoACallersStreamOnClose() throws IOException {
        NoticeResult zhoucun = GoldResults.load("zhoucun-2025-task-breakdown");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        boolean[] closed = {false};
        java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (ResultSink sink = XlsxWriter.to(out, XlsxWriter.Options.defaults())) {
            sink.accept(zhoucun);
            assertThat(bytes.size()).isZero();
        }
        assertThat(closed[0]).as("caller's stream left open").isFalse();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(readRows(wb.getSheetAt(0))).isEqualTo(expectedRows(List.of(zhoucun)));
        }

        java.io.ByteArrayOutputStream nothing = new java.io.ByteArrayOutputStream();
        XlsxWriter aborted = XlsxWriter.to(nothing, XlsxWriter.Options.defaults());
        aborted.accept(zhoucun);
        aborted.abort();
        aborted.close();
        assertThat(nothing.size()).isZero();
    }

    @Test
    void cutsTextLongerThanExcelAllowsInOneCell() throws IOException {
        NoticeResult base = GoldResults.load("zhoucun-2025-task-breakdown");
        Task first = base.tasks().get(0);
        String huge = "长".repeat(40_000);
        Task long1 = new Task(1, first.seq(), first.section(), first.sectionNo(), first.task(), first.taskNo(), huge,
                first.leadText(), first.responsibleText(), first.lead(), first.responsible(), first.scopes(),
                first.deadline(), first.extra(), first.inherited(), first.origin());
        NoticeResult r = new NoticeResult("1", base.source(), base.notice(), base.tables(), List.of(long1), List.of());
        Path file = dir.resolve("long.xlsx");
        XlsxWriter.write(List.of(r), file, XlsxWriter.Options.defaults());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).hasSize(32_767);
        }
    }

    @Test
    void emptyRunStillGivesAValidWorkbook() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        XlsxWriter.write(List.of(), file, new XlsxWriter.Options(true));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(header(wb.getSheetAt(0))).isEqualTo(XlsxWriter.HEADER);
        }
    }

    @Test
    void nothingIsPublishedBeforeCloseNorAfterAFailure() throws IOException {
        Path file = dir.resolve("partial.xlsx");
        XlsxWriter xlsx = XlsxWriter.open(file, XlsxWriter.Options.defaults());
        xlsx.accept(GoldResults.load("zhoucun-2025-task-breakdown"));
        assertThat(file).doesNotExist();
        xlsx.abort();
        xlsx.close();
        assertThat(file).doesNotExist();
        assertThat(leftovers()).isEmpty();

        Files.writeString(file, "previous run");
        NoticeResult broken = null; // a result the writer cannot handle, half way through a run
        try (XlsxWriter failing = XlsxWriter.open(file, XlsxWriter.Options.defaults())) {
            assertThatThrownBy(() -> failing.accept(broken)).isInstanceOf(NullPointerException.class);
        }
        assertThat(Files.readString(file)).isEqualTo("previous run");
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(tmp|part)$")).toList();
        }
    }

    private static NoticeResult withSource(NoticeResult r, String path) {
        return new NoticeResult(r.schemaVersion(), new Source(path, "text", null), r.notice(), r.tables(),
                r.tasks(), r.warnings());
    }
}

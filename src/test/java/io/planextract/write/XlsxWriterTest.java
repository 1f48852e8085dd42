package io.planextract.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.fixtures.GoldResults;
import io.planextract.model.Deadline;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Source;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    @TempDir
    Path dir;

    /** Two tasks of one table: the second inherits the first's section and lead (a merged cell in the source). */
    private static final Task OWN = new Task(1, 1, "一、公开重点", 1, "政策解读", null, "解读到位", "区政府办公室",
            "区财政局、区税务局", List.of("区政府办公室"), List.of("区财政局", "区税务局"), List.of(),
            new Deadline("3月底前", "by", "2025-03-31"), Map.of(), List.of(), Origin.ofRow(1, 3, 12));
    private static final Task INHERITING = new Task(2, 2, "一、公开重点", 1, "数据开放", null, "开放目录", null, null,
            List.of("区政府办公室"), List.of(), List.of(), new Deadline("长期坚持", "ongoing", null), Map.of(),
            List.of("section", "lead"), Origin.ofRow(1, 4, 13));
    private static final NoticeResult SMALL = new NoticeResult("1", new Source("in/a.txt", "text", null),
            new Notice("某区人民政府办公室", "某政办字〔2025〕1号", "关于印发任务分解表的通知", "2025-09-01", "各部门", null, 2025),
            List.of(), List.of(OWN, INHERITING),
            List.of(new Warning("sequence-gap", "序号不连续", Origin.ofRow(1, 4, 13)),
                    new Warning("no-task-table", "没有找到任务分解表", Origin.none())));

    private XSSFWorkbook written(XlsxWriter.Options options, NoticeResult... results) throws IOException {
        Path file = dir.resolve("t" + System.nanoTime() + ".xlsx");
        XlsxWriter.write(List.of(results), file, options);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(XSSFSheet sheet, int row, String key) {
        return sheet.getRow(row).getCell(XlsxWriter.HEADER.indexOf(key));
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

    /** What {@link #readRows} should find: the writer's own values, shown the way Excel shows them. */
    private static List<List<String>> expectedRows(List<NoticeResult> results, Labels labels) {
        List<List<String>> rows = new ArrayList<>();
        for (NoticeResult r : results) {
            for (Task t : r.tasks()) {
                rows.add(XlsxWriter.row(r, t, labels).stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        }
        return rows;
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    @Test
    void headersAreChineseByDefaultAndTheMachineNamesOnRequest() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            assertThat(header(wb.getSheetAt(0))).startsWith("序号", "一级任务序号", "一级任务", "任务序号", "任务", "具体要求",
                    "牵头单位", "责任单位", "完成时限", "时限类型", "截止日期", "年度", "文件标题", "发文机关", "文号", "成文日期");
            assertThat(wb.getSheetName(0)).isEqualTo("任务");
        }
        try (XSSFWorkbook wb = written(new XlsxWriter.Options(false, Labels.EN), SMALL)) {
            assertThat(header(wb.getSheetAt(0))).isEqualTo(XlsxWriter.HEADER).containsAll(CsvColumns.HEADER);
            assertThat(wb.getSheetName(0)).isEqualTo("tasks");
        }
    }

    @Test
    void deadlineKindsAreInChineseWithChineseLabels() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            assertThat(cell(wb.getSheetAt(0), 1, "deadline_kind").getStringCellValue()).isEqualTo("限期");
            assertThat(cell(wb.getSheetAt(0), 2, "deadline_kind").getStringCellValue()).isEqualTo("长期");
        }
        try (XSSFWorkbook wb = written(new XlsxWriter.Options(false, Labels.EN), SMALL)) {
            assertThat(cell(wb.getSheetAt(0), 1, "deadline_kind").getStringCellValue()).isEqualTo("by");
        }
    }

    @Test
    void deadlineAndNoticeDatesAreDateCells() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            Cell deadline = cell(wb.getSheetAt(0), 1, "deadline_date");
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(new DataFormatter().formatCellValue(deadline)).isEqualTo("2025-03-31");
            Cell noticeDate = cell(wb.getSheetAt(0), 1, "notice_date");
            assertThat(DateUtil.isCellDateFormatted(noticeDate)).isTrue();
            assertThat(noticeDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        }
    }

    @Test
    void aDateExcelCannotHoldStaysText() {
        assertThat(XlsxColumn.date("2025-12-31")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(XlsxColumn.date("1800-01-01")).isEqualTo("1800-01-01");
        assertThat(XlsxColumn.date("2025年底")).isEqualTo("2025年底");
        assertThat(XlsxColumn.date("")).isNull();
    }

    @Test
    void absentValuesAreNoCellsNotEmptyStrings() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(cell(sheet, 2, "responsible")).as("no responsible units").isNull();
            assertThat(cell(sheet, 2, "deadline_date")).as("an ongoing deadline has no date").isNull();
            assertThat(cell(sheet, 1, "task_no")).isNull();
            assertThat(cell(sheet, 1, "inherited")).isNull();
        }
    }

    @Test
    void headerIsFrozenFilteredAndTextWrapsInWideColumns() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:" + CellReference.convertNumToColString(XlsxWriter.HEADER.size() - 1) + "1");
            Cell requirement = cell(sheet, 1, "requirement");
            assertThat(requirement.getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(requirement.getColumnIndex()))
                    .isGreaterThan(sheet.getColumnWidth(XlsxWriter.HEADER.indexOf("seq")) * 5);
            assertThat(cell(sheet, 1, "seq").getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void printsLandscapeOnePageWideWithTheHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            }
        }
    }

    @Test
    void inheritedCellsAreGreyedWithANoteNamingTheRowTheyCameFrom() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Cell inheritedLead = cell(sheet, 2, "lead");
            assertThat(inheritedLead.getCellStyle().getFillForegroundColor()).isEqualTo(XlsxStyles.INHERITED_FILL);
            assertThat(inheritedLead.getCellComment().getString().getString())
                    .contains("原表第 3 行").contains("序号 1").contains("本工作表第 2 行").contains("牵头单位");
            assertThat(cell(sheet, 2, "section").getCellComment().getString().getString()).contains("一级任务");
            assertThat(cell(sheet, 2, "section_no").getCellStyle().getFillForegroundColor())
                    .isEqualTo(XlsxStyles.INHERITED_FILL);
            // Its own values are neither greyed nor annotated.
            Cell ownTask = cell(sheet, 2, "task");
            assertThat(ownTask.getCellStyle().getFillForegroundColor()).isNotEqualTo(XlsxStyles.INHERITED_FILL);
            assertThat(ownTask.getCellComment()).isNull();
            assertThat(cell(sheet, 1, "lead").getCellComment()).isNull();
            assertThat(cell(sheet, 2, "inherited").getStringCellValue()).isEqualTo("一级任务；牵头单位");
        }
    }

    @Test
    void warningsSheetListsEveryWarningWithFileTableRowAndLine() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL, SMALL)) {
            XSSFSheet warnings = wb.getSheet("警告");
            assertThat(wb.getSheetIndex(warnings)).isEqualTo(wb.getNumberOfSheets() - 1);
            assertThat(header(warnings)).containsExactly("来源文件", "文号", "表", "行", "段", "源文件行", "代码", "说明");
            assertThat(warnings.getLastRowNum()).isEqualTo(4);
            DataFormatter fmt = new DataFormatter();
            List<String> first = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                Cell cell = warnings.getRow(1).getCell(c);
                first.add(cell == null ? "" : fmt.formatCellValue(cell));
            }
            assertThat(first).containsExactly("in/a.txt", "某政办字〔2025〕1号", "1", "4", "", "13", "sequence-gap", "序号不连续");
            assertThat(warnings.getRow(2).getCell(6).getStringCellValue()).isEqualTo("no-task-table");
        }
    }

    @Test
    void aTaskRowShowsItsOwnWarningsAndTheNoticesYearAndTitle() throws IOException {
        try (XSSFWorkbook wb = written(XlsxWriter.Options.defaults(), SMALL)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(cell(sheet, 2, "warnings").getStringCellValue()).isEqualTo("序号不连续");
            assertThat(cell(sheet, 1, "warnings")).isNull();
            assertThat(cell(sheet, 1, "plan_year").getNumericCellValue()).isEqualTo(2025);
            assertThat(cell(sheet, 1, "title").getStringCellValue()).isEqualTo("关于印发任务分解表的通知");
        }
    }

    @Test
    void oneSheetHoldsTheTasksOfAllNotices() throws IOException {
        List<NoticeResult> results = GoldResults.all();
        Path file = dir.resolve("tasks.xlsx");
        XlsxWriter.write(results, file, XlsxWriter.Options.defaults());

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(readRows(wb.getSheetAt(0))).isEqualTo(expectedRows(results, Labels.ZH));
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void sheetPerNoticeNamesSheetsAfterTheDocumentNumberElseTheTitleElseTheFile() throws IOException {
        List<NoticeResult> results = GoldResults.all();
        Path file = dir.resolve("by-notice.xlsx");
        try (XlsxWriter xlsx = XlsxWriter.open(file, new XlsxWriter.Options(true))) {
            for (NoticeResult r : results) {
                xlsx.accept(r);
            }
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(results.size() + 1);
            for (int i = 0; i < results.size(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                Notice notice = results.get(i).notice();
                String expected = notice.docNumber() != null ? notice.docNumber()
                        : notice.title() != null ? notice.title() : GoldResults.NAMES.get(i);
                assertThat(sheet.getSheetName()).isEqualTo(XlsxWriter.safeSheetName(expected));
                assertThat(readRows(sheet)).isEqualTo(expectedRows(List.of(results.get(i)), Labels.ZH));
            }
            assertThat(wb.getSheetName(results.size())).isEqualTo("警告");
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
                assertThat(name.length()).isLessThanOrEqualTo(31).isPositive();
                assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\]");
                assertThat(names.add(name.toLowerCase())).as(name).isTrue();
            }
            assertThat(names).hasSize(5).contains("警告");
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
            // five notices, then the warnings sheet
            assertThat(wb.getNumberOfSheets()).isEqualTo(6);
            assertThat(wb.getSheetName(5)).isEqualTo("警告");
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
            assertThat(readRows(wb.getSheetAt(0))).isEqualTo(expectedRows(List.of(zhoucun), Labels.ZH));
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
            assertThat(cell(wb.getSheetAt(0), 1, "requirement").getStringCellValue()).hasSize(32_767);
        }
    }

    @Test
    void emptyRunStillGivesAValidWorkbook() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        XlsxWriter.write(List.of(), file, new XlsxWriter.Options(true));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(header(wb.getSheetAt(0))).isEqualTo(XlsxWriter.HEADER.stream().map(Labels.ZH::column).toList());
            assertThat(wb.getSheetName(1)).isEqualTo("警告");
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

    /** {@code r} read from {@code path}, without a document number or title, so the file name names its sheet. */
    private static NoticeResult withSource(NoticeResult r, String path) {
        Notice n = r.notice();
        Notice anonymous = new Notice(n.issuer(), null, null, n.date(), n.addressees(), n.cc(), n.planYear());
        return new NoticeResult(r.schemaVersion(), new Source(path, "text", null), anonymous, r.tables(),
                r.tasks(), r.warnings());
    }
}

package io.planextract.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.fixtures.GoldResults;
import io.planextract.model.NoticeResult;
import io.planextract.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a clerk gets in Excel: filters, a frozen header, follow-up columns, an index that links, a folder per notice. */
class LedgerWorkbookTest {

    private static final NoticeResult ZHOUCUN = GoldResults.load("zhoucun-2025-task-breakdown");
    private static final DataFormatter FMT = new DataFormatter();

    @TempDir
    Path dir;

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(FMT.formatCellValue(c)));
        return header;
    }

    @Test
    void aLedgerWorkbookHasAFilterAFrozenHeaderAndEmptyFollowUpColumns() throws IOException {
        UnitIndex index = UnitIndex.build(List.of(ZHOUCUN));
        UnitLedgerWriter.write(index, dir, LedgerFormat.XLSX);

        try (XSSFWorkbook wb = open(dir.resolve("区政府办公室.xlsx"))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> header = header(sheet);
            assertThat(header.subList(header.size() - 3, header.size())).containsExactly("进展情况", "完成情况", "备注");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                for (int c = header.size() - 3; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
                }
            }
        }
    }

    @Test
    void aDeadlineDateIsADateCell() throws IOException {
        UnitIndex index = UnitIndex.build(List.of(GoldResults.load("wenshang-2025-task-breakdown")));
        UnitEntry withDate = index.units().stream()
                .filter(u -> u.tasks().stream().anyMatch(t -> t.task().deadline() != null
                        && t.task().deadline().date() != null && t.task().deadline().date().length() == 10))
                .findFirst().orElseThrow();
        var files = UnitLedgerWriter.write(index, dir, LedgerFormat.XLSX);

        try (XSSFWorkbook wb = open(files.get(withDate))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int col = header(sheet).indexOf("截止日期");
            boolean anyDate = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell cell = sheet.getRow(r).getCell(col);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                    anyDate = true;
                }
            }
            assertThat(anyDate).isTrue();
        }
    }

    @Test
    void csvLedgersEndInTheSameFollowUpColumns() throws IOException {
        UnitLedgerWriter.write(UnitIndex.build(List.of(ZHOUCUN)), dir, LedgerFormat.CSV, false);
        String firstLine = Files.readAllLines(dir.resolve("区政府办公室.csv"), StandardCharsets.UTF_8).get(0);
        assertThat(firstLine).endsWith(",other_units,进展情况,完成情况,备注");
    }

    @Test
    void theIndexWorkbookLinksEachUnitToItsFileAndListsTheCopies() throws IOException {
        NoticeResult copy = new NoticeResult(ZHOUCUN.schemaVersion(), new Source("copy.html", "html", null),
                ZHOUCUN.notice(), ZHOUCUN.tables(), ZHOUCUN.tasks(), ZHOUCUN.warnings());
        UnitIndex index = UnitIndex.build(List.of(ZHOUCUN, copy));
        var files = UnitLedgerWriter.write(index, dir, LedgerFormat.CSV);

        assertThat(dir.resolve("index.csv")).exists();
        try (XSSFWorkbook wb = open(dir.resolve("index.xlsx"))) {
            XSSFSheet units = wb.getSheetAt(0);
            assertThat(units.getLastRowNum()).isEqualTo(index.units().size());
            assertThat(units.getCTWorksheet().getAutoFilter()).isNotNull();
            int fileColumn = header(units).indexOf("file");
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                Cell cell = units.getRow(r).getCell(fileColumn);
                String target = cell.getHyperlink().getAddress();
                UnitEntry unit = index.find(FMT.formatCellValue(units.getRow(r).getCell(0))).orElseThrow();
                assertThat(dir.resolve(target)).isEqualTo(files.get(unit));
            }
            XSSFSheet notices = wb.getSheetAt(1);
            assertThat(notices.getLastRowNum()).isEqualTo(1);
            assertThat(FMT.formatCellValue(notices.getRow(1).getCell(header(notices).indexOf("copies"))))
                    .isEqualTo("copy.html");
        }
        assertThat(UnitLedgerWriter.copyNotes(index.notices())).singleElement().asString()
                .startsWith("copy.html: a copy of samples/zhoucun-2025-task-breakdown.txt (周政办字〔2025〕11号)");
    }

    @Test
    void aLinkToANameWithSpacesOrHashesIsEncoded() {
        assertThat(FileLinks.address("区 财政局#2.csv")).isEqualTo("区%20财政局%232.csv");
        assertThat(FileLinks.address("周政办字〔2025〕11号/区财政局.xlsx")).isEqualTo("周政办字〔2025〕11号/区财政局.xlsx");
    }

    @Test
    void perNoticeLedgersKeepEachNoticeInAFolderOfItsOwn() throws IOException {
        NoticeResult wenshang = GoldResults.load("wenshang-2025-task-breakdown");
        UnitIndex.Builder builder = UnitIndex.builder(AliasFile.empty()).add(ZHOUCUN).add(wenshang);
        LedgerOptions options = LedgerOptions.of(LedgerFormat.CSV).withPerNotice(true);

        UnitLedgerWriter.writePerNotice(builder.buildPerNotice(), dir, options);

        Path zhoucun = dir.resolve(UnitLedgerWriter.fileNameFor(ZHOUCUN.notice().docNumber()));
        Path wenshangFolder = dir.resolve(UnitLedgerWriter.fileNameFor(wenshang.notice().docNumber()));
        assertThat(zhoucun.resolve("区政府办公室.csv")).exists();
        assertThat(zhoucun.resolve("县政府办公室.csv")).doesNotExist();
        assertThat(wenshangFolder.resolve("县政府办公室.csv")).exists();
        assertThat(zhoucun.resolve("index.xlsx")).exists();
        List<String> index = Files.readAllLines(dir.resolve("index.csv"), StandardCharsets.UTF_8);
        assertThat(index.get(0)).startsWith("\uFEFFnotice,unit,");
        assertThat(index).anyMatch(l -> l.startsWith(ZHOUCUN.notice().docNumber() + ",区政府办公室,")
                && l.endsWith(zhoucun.getFileName() + "/区政府办公室.csv"));
    }
}

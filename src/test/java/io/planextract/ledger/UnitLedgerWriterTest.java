package io.planextract.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.fixtures.GoldResults;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitLedgerWriterTest {

    private static final NoticeResult ZHOUCUN = GoldResults.load("zhoucun-2025-task-breakdown");

    @TempDir
    Path dir;

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.read(); // the byte-order mark
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    @Test
    void byUnitCsvLedgerOfTheDistrictOffice() throws IOException {
        UnitIndex index = UnitIndex.build(List.of(ZHOUCUN));
        Map<UnitEntry, Path> files = UnitLedgerWriter.write(index, dir.resolve("by-unit"), LedgerFormat.CSV);

        Path office = dir.resolve("by-unit/区政府办公室.csv");
        assertThat(files.get(index.find("区政府办公室").orElseThrow())).isEqualTo(office);
        List<CSVRecord> rows = readCsv(office);
        List<String> expectedIds = ZHOUCUN.tasks().stream()
                .filter(t -> t.lead().contains("区政府办公室") || t.responsible().contains("区政府办公室"))
                .map(t -> String.valueOf(t.id())).toList();
        assertThat(rows).extracting(r -> r.get("id")).isEqualTo(expectedIds).contains("10", "13", "31");
        CSVRecord ten = rows.get(expectedIds.indexOf("10"));
        Task task10 = ZHOUCUN.tasks().get(9);
        assertThat(ten.get("role")).isEqualTo("牵头");
        assertThat(ten.get("task")).isEqualTo(task10.task());
        assertThat(ten.get("section")).isEqualTo(task10.section());
        assertThat(ten.get("requirement")).isEqualTo(task10.requirement());
        assertThat(ten.get("other_units")).isEqualTo("2025年度政策性文件起草单位");
        assertThat(ten.get("source")).isEqualTo("samples/zhoucun-2025-task-breakdown.txt");
        assertThat(rows.get(expectedIds.indexOf("13")).get("role")).isEqualTo("责任");

        List<CSVRecord> units = readCsv(dir.resolve("by-unit/index.csv"));
        assertThat(units).hasSize(index.units().size());
        CSVRecord officeRow = units.stream().filter(r -> r.get("unit").equals("区政府办公室")).findFirst().orElseThrow();
        assertThat(officeRow.get("tasks_as_lead")).isEqualTo("2");
        assertThat(officeRow.get("tasks_as_responsible")).isEqualTo(String.valueOf(expectedIds.size() - 2));
        assertThat(officeRow.get("kind")).isEqualTo("unit");
        assertThat(officeRow.get("file")).isEqualTo("区政府办公室.csv");
        CSVRecord towns = units.stream().filter(r -> r.get("unit").startsWith("各镇、街道")).findFirst().orElseThrow();
        assertThat(towns.get("kind")).isEqualTo("collective");
        assertThat(towns.get("variants")).contains("各镇、街道（含周村经济开发区管委会，下同）");
        try (Stream<Path> listing = Files.list(dir.resolve("by-unit"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"))
                    .hasSize(index.units().size() + 2); // index.csv and index.xlsx
        }
    }

    @Test
    void byUnitXlsxLedgerReadsBack() throws IOException {
        UnitIndex index = UnitIndex.build(GoldResults.all());
        UnitLedgerWriter.write(index, dir, LedgerFormat.XLSX);
        UnitEntry health = index.find("区卫生健康局").orElseThrow();
        try (InputStream in = Files.newInputStream(dir.resolve("区卫生健康局.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(health.tasks().size());
            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(2))).isEqualTo("任务编号"); // workbooks: Chinese
            for (int i = 0; i < health.tasks().size(); i++) {
                UnitTask t = health.tasks().get(i);
                assertThat(fmt.formatCellValue(sheet.getRow(i + 1).getCell(2))).isEqualTo(String.valueOf(t.task().id()));
                assertThat(fmt.formatCellValue(sheet.getRow(i + 1).getCell(8))).isEqualTo(t.writtenAs());
            }
        }
        assertThat(dir.resolve("index.xlsx")).exists();
    }

    @Test
    void csvWithoutByteOrderMark() throws IOException {
        UnitLedgerWriter.write(UnitIndex.build(List.of(ZHOUCUN)), dir, LedgerFormat.CSV, false);
        assertThat(Files.readString(dir.resolve("index.csv"))).startsWith("unit,kind,");
    }

    @Test
    void sinkWritesTheLedgersOnClose() throws IOException {
        Path out = dir.resolve("sink");
        UnitLedgerSink sink = new UnitLedgerSink(out, LedgerFormat.CSV,
                AliasFile.parse(List.of("区医疗保障分局 = 区医保分局"), "aliases.txt"), true);
        for (NoticeResult r : GoldResults.all()) {
            sink.accept(r);
        }
        assertThat(out).doesNotExist();
        sink.close();
        assertThat(out.resolve("index.csv")).exists();
        assertThat(out.resolve("区医疗保障分局.csv")).exists();
        assertThat(sink.files()).hasSize(readCsv(out.resolve("index.csv")).size());
    }

    @Test
    void fileNamesAreSafe() {
        assertThat(UnitLedgerWriter.fileNameFor("区住房/城乡:建设局*")).isEqualTo("区住房_城乡_建设局_");
        assertThat(UnitLedgerWriter.fileNameFor("..隐藏")).isEqualTo("_隐藏");
        assertThat(UnitLedgerWriter.fileNameFor("CON")).isEqualTo("_CON");
        assertThat(UnitLedgerWriter.fileNameFor("单位. ")).isEqualTo("单位");
        assertThat(UnitLedgerWriter.fileNameFor("区".repeat(200)).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(UnitLedgerWriter.MAX_FILE_NAME_BYTES);
        assertThat(LedgerFormat.parse("XLSX")).isEqualTo(LedgerFormat.XLSX);
    }

    @Test
    void aUnitWithAVeryLongNameStillGetsItsLedgerAndTheIndex() throws IOException {
        // 90 Chinese characters: 270 bytes, more than a file name may have, before any extension or suffix.
        String longUnit = "区" + "乡村振兴和城乡融合发展".repeat(8) + "工作领导小组办公";
        Task first = ZHOUCUN.tasks().get(0);
        Task renamed = new Task(first.id(), first.seq(), first.section(), first.sectionNo(), first.task(),
                first.taskNo(), first.requirement(), longUnit, first.responsibleText(), List.of(longUnit),
                first.responsible(), first.scopes(), first.deadline(), first.extra(), first.inherited(),
                first.origin());
        NoticeResult notice = new NoticeResult(ZHOUCUN.schemaVersion(), ZHOUCUN.source(), ZHOUCUN.notice(),
                ZHOUCUN.tables(), List.of(renamed), List.of());
        UnitIndex index = UnitIndex.build(List.of(notice));

        Map<UnitEntry, Path> files = UnitLedgerWriter.write(index, dir, LedgerFormat.CSV);

        Path ledger = files.get(index.find(longUnit).orElseThrow());
        assertThat(ledger).exists();
        assertThat(ledger.getFileName().toString()).startsWith("区乡村振兴");
        assertThat(dir.resolve("index.csv")).exists();
    }
}

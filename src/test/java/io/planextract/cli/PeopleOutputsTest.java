package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outputs for people, through the command: workbook, review page, per-unit ledgers. */
class PeopleOutputsTest {
    private static final String ZHOUCUN = "zhoucun-2025-task-breakdown.txt";
    private static final String WENSHANG = "wenshang-2025-task-breakdown.txt";

    @TempDir
    Path tmp;

    @Test
    void workbookWithOneSheetOrOneSheetPerNotice() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN, WENSHANG);
        assertThat(CommandRun.of("-q", in.toString(), "-o", tmp.resolve("all.xlsx").toString()).exit()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(tmp.resolve("all.xlsx")))) {
            assertThat(book.getNumberOfSheets()).as("the tasks, then the warnings").isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(38 + 52);
        }
        assertThat(CommandRun.of("-q", in.toString(), "-o", tmp.resolve("each.xlsx").toString(),
                "--sheet-per-notice").exit()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(tmp.resolve("each.xlsx")))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2 + 1);
        }
    }

    @Test
    void labelsChooseTheLanguageOfCsvAndXlsxHeadings() throws Exception {
        Path in = CommandRun.sample(ZHOUCUN);
        assertThat(CommandRun.of("-q", in.toString(), "-o", tmp.resolve("zh.csv").toString(), "--labels", "zh",
                "--no-bom").exit()).isZero();
        assertThat(Files.readString(tmp.resolve("zh.csv"), StandardCharsets.UTF_8)).startsWith("来源文件,任务编号,序号,");
        assertThat(CommandRun.of("-q", in.toString(), "-o", tmp.resolve("en.xlsx").toString(), "--labels", "EN")
                .exit()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(tmp.resolve("en.xlsx")))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("seq");
        }
        assertThat(CommandRun.of("-q", in.toString(), "--labels", "fr").exit()).isEqualTo(2);
    }

    @Test
    void chineseCsvStillNeutralisesFormulasUnlessRawIsAsked() throws Exception {
        Path in = tmp.resolve("formula.txt");
        Files.writeString(in, Files.readString(CommandRun.sample(ZHOUCUN), StandardCharsets.UTF_8)
                .replace("完善提升主动公开机制", "=1+1完善提升主动公开机制"), StandardCharsets.UTF_8);
        assertThat(CommandRun.of("-q", in.toString(), "-o", tmp.resolve("safe.csv").toString(), "--labels", "zh",
                "--no-bom").exit()).isZero();
        assertThat(CommandRun.of("-q", in.toString(), "-o", tmp.resolve("raw.csv").toString(), "--labels", "zh",
                "--no-bom", "--raw-csv").exit()).isZero();

        String safe = Files.readString(tmp.resolve("safe.csv"), StandardCharsets.UTF_8);
        String raw = Files.readString(tmp.resolve("raw.csv"), StandardCharsets.UTF_8);
        assertThat(safe).startsWith("来源文件,").contains(",'=1+1完善").doesNotContain(",=1+1完善");
        assertThat(raw).startsWith("来源文件,").contains(",=1+1完善").doesNotContain("'=1+1");
    }

    @Test
    void reviewPageBesideTheMainOutput() throws Exception {
        Path page = tmp.resolve("review.html");
        CommandRun run = CommandRun.of("-q", CommandRun.sample(ZHOUCUN).toString(), "-o",
                tmp.resolve("t.csv").toString(), "--report", page.toString());
        assertThat(run.exit()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("关于印发2025年周村区政务公开工作任务分解表的通知").contains("inherited");
        assertThat(Files.exists(tmp.resolve("t.csv"))).isTrue();
    }

    @Test
    void ledgersPerUnitWithAnIndex() throws Exception {
        Path out = tmp.resolve("ledgers");
        CommandRun run = CommandRun.of("-q", CommandRun.sample(ZHOUCUN).toString(), "--by-unit", "-o", out + "/");
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(out.resolve("index.csv"), StandardCharsets.UTF_8)).contains("区政府办公室");
        String office = Files.readString(out.resolve("区政府办公室.csv"), StandardCharsets.UTF_8);
        assertThat(office.lines().count() - 1).isEqualTo(8);
    }

    @Test
    void byUnitNeedsAFolder() {
        CommandRun run = CommandRun.of(CommandRun.sample(ZHOUCUN).toString(), "--by-unit", "-o",
                tmp.resolve("x.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--by-unit needs -o DIR/");
    }
}

package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 item 3, through the command: one notice given as DOCX, HTML and text makes the ledgers of one. */
class LedgersCountOnceTest {

    private static final String WENSHANG = "wenshang-2025-task-breakdown";

    @TempDir
    Path tmp;

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.read(); // the byte-order mark
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** Each ledger's rows as (id, role, task), by file name. */
    private static Map<String, List<List<String>>> ledgers(Path folder) throws IOException {
        Map<String, List<List<String>>> ledgers = new TreeMap<>();
        for (String name : CommandRun.files(folder)) {
            if (name.endsWith(".csv") && !name.equals("index.csv")) {
                ledgers.put(name, rows(folder.resolve(name)).stream()
                        .map(r -> List.of(r.get("id"), r.get("role"), r.get("task"))).toList());
            }
        }
        return ledgers;
    }

    @Test
    void oneNoticeAsDocxHtmlAndTextGivesEachTaskOnce() throws Exception {
        Path three = CommandRun.copySamples(tmp.resolve("three"), WENSHANG + ".docx", WENSHANG + ".html",
                WENSHANG + ".txt");
        Path one = CommandRun.copySamples(tmp.resolve("one"), WENSHANG + ".docx");

        CommandRun run = CommandRun.of("-q", three.toString(), "--by-unit", "-o", tmp.resolve("out3") + "/");
        assertThat(CommandRun.of("-q", one.toString(), "--by-unit", "-o", tmp.resolve("out1") + "/").exit()).isZero();

        assertThat(run.exit()).isZero();
        Map<String, List<List<String>>> fromThree = ledgers(tmp.resolve("out3"));
        assertThat(fromThree).isEqualTo(ledgers(tmp.resolve("out1"))).containsKey("县政府办公室.csv");
        fromThree.values().forEach(rows -> assertThat(rows).doesNotHaveDuplicates());
        assertThat(run.stderrLines()).filteredOn(l -> l.startsWith("plan-extract: ledgers:")).singleElement()
                .asString().contains(WENSHANG + ".html", WENSHANG + ".txt", "copies of", WENSHANG + ".docx");
        assertThat(Files.readString(tmp.resolve("out3/index.csv"), StandardCharsets.UTF_8)).contains("县政府办公室");
        assertThat(tmp.resolve("out3/index.xlsx")).exists();
    }

    @Test
    void aTraditionalAndASimplifiedSpellingOfOneUnitShareOneLedger() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), WENSHANG + ".docx");
        Files.writeString(in.resolve("traditional.txt"), """
                关于印发2025年财政工作要点的通知

                | 序号 | 工作任务 | 牵头单位 | 完成时限 |
                |---|---|---|---|
                | 1 | 完善预算绩效管理制度 | 縣財政局 | 6月底前 |
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        CommandRun run = CommandRun.of("-q", in.toString(), "--by-unit", "-o", out + "/");

        assertThat(run.exit()).isZero();
        assertThat(out.resolve("縣財政局.csv")).doesNotExist();
        List<CSVRecord> finance = rows(out.resolve("县财政局.csv"));
        assertThat(finance).extracting(r -> r.get("written_as")).contains("县财政局", "縣財政局");
        assertThat(finance).extracting(r -> r.get("task")).contains("完善预算绩效管理制度");
    }

    @Test
    void perNoticeKeepsNoticesApartAndCopiesStillCountOnce() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), WENSHANG + ".docx", WENSHANG + ".txt",
                "zhoucun-2025-task-breakdown.txt");
        Path out = tmp.resolve("out");

        CommandRun run = CommandRun.of("-q", in.toString(), "--by-unit", "--per-notice", "-o", out + "/");

        assertThat(run.exit()).isZero();
        assertThat(CommandRun.files(out)).filteredOn(f -> f.endsWith("/index.csv")).hasSize(2);
        assertThat(CommandRun.files(out)).contains("汶政办字〔2025〕8号/县政府办公室.csv", "index.csv", "index.xlsx")
                .anyMatch(f -> f.endsWith("/区政府办公室.csv"));
    }

    @Test
    void perNoticeWithoutByUnitIsAUsageError() {
        CommandRun run = CommandRun.of(CommandRun.sample(WENSHANG + ".txt").toString(), "--per-notice");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--per-notice goes with --by-unit");
    }
}

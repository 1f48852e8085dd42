package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.write.CsvColumns;
import io.planextract.write.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanExtractCommandTest {
    private static final String ZHOUCUN = "zhoucun-2025-task-breakdown.txt";
    private static final String LINZI = "linzi-2025-key-points.txt";
    private static final String HUAIYIN = "huaiyin-2023-task-breakdown.txt";

    @TempDir
    Path tmp;

    @Test
    void oneInputWritesOneJsonDocumentOnStdout() throws Exception {
        CommandRun run = CommandRun.of(CommandRun.sample(ZHOUCUN).toString());

        assertThat(run.exit()).isZero();
        JsonNode doc = Json.mapper().readTree(run.stdoutBytes());
        assertThat(doc.isObject()).isTrue();
        assertThat(doc.get("schemaVersion").asText()).isEqualTo("1");
        assertThat(doc.at("/source/path").asText()).endsWith(ZHOUCUN);
    }

    @Test
    void aWorkbookAndItsLedgersAreTheSameBytesOnEveryRunAndThreadCount() throws Exception {
        // POI stamps a workbook with the clock unless told otherwise; two runs a second apart must still agree.
        Path samples = CommandRun.sample(ZHOUCUN).getParent();
        assertThat(CommandRun.of("-q", "-j", "1", samples.toString(), "-o", tmp.resolve("a.xlsx").toString()).exit())
                .isZero();
        Thread.sleep(1100);
        assertThat(CommandRun.of("-q", "-j", "2", samples.toString(), "-o", tmp.resolve("b.xlsx").toString()).exit())
                .isZero();
        assertThat(Files.readAllBytes(tmp.resolve("a.xlsx"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.xlsx")));
    }

    @Test
    void severalInputsWriteAnArrayInArgumentOrder() throws Exception {
        CommandRun run = CommandRun.of("-q", CommandRun.sample(ZHOUCUN).toString(),
                CommandRun.sample(LINZI).toString());

        assertThat(run.exit()).isZero();
        JsonNode doc = Json.mapper().readTree(run.stdoutBytes());
        assertThat(doc.isArray()).isTrue();
        assertThat(doc).hasSize(2);
        assertThat(doc.get(0).at("/source/path").asText()).endsWith(ZHOUCUN);
        assertThat(doc.get(1).at("/source/path").asText()).endsWith(LINZI);
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void aFolderIsWalkedInSortedOrderAndAlwaysGivesAnArray() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN, LINZI, HUAIYIN);
        Files.writeString(in.resolve("notes.pdf.bak"), "not an input");
        CommandRun run = CommandRun.of("-q", in.toString());

        JsonNode doc = Json.mapper().readTree(run.stdoutBytes());
        assertThat(doc).extracting(d -> d.at("/source/path").asText()).containsExactly(
                in.resolve(HUAIYIN).toString(), in.resolve(LINZI).toString(), in.resolve(ZHOUCUN).toString());

        Path single = CommandRun.copySamples(tmp.resolve("single"), LINZI);
        assertThat(Json.mapper().readTree(CommandRun.of("-q", single.toString()).stdoutBytes()).isArray()).isTrue();
    }

    @Test
    void severalInputsIntoOneJsonFileMakeAnArray() throws Exception {
        Path out = tmp.resolve("all.json");
        CommandRun run = CommandRun.of("-q", CommandRun.sample(ZHOUCUN).toString(),
                CommandRun.sample(LINZI).toString(), "-o", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(Json.mapper().readTree(out.toFile())).hasSize(2);
        assertThat(CommandRun.files(tmp)).containsExactly("all.json");
    }

    @Test
    void outputFolderGetsOneFileNamedAfterEachInput() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN, LINZI);
        Files.createDirectories(in.resolve("2023"));
        Files.copy(CommandRun.sample(HUAIYIN), in.resolve("2023").resolve(HUAIYIN));
        // The same stem twice in one folder: each keeps its extension.
        Files.copy(CommandRun.sample(LINZI), in.resolve("linzi-2025-key-points.htm"));
        Path out = tmp.resolve("out");

        CommandRun run = CommandRun.of("-q", in.toString(), "-o", out + "/");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(CommandRun.files(out)).containsExactly("2023/huaiyin-2023-task-breakdown.json",
                "linzi-2025-key-points.htm.json", "linzi-2025-key-points.txt.json",
                "zhoucun-2025-task-breakdown.json");
        JsonNode doc = Json.mapper().readTree(out.resolve("zhoucun-2025-task-breakdown.json").toFile());
        assertThat(doc.isObject()).isTrue();
        assertThat(doc.at("/source/path").asText()).isEqualTo(in.resolve(ZHOUCUN).toString());
    }

    @Test
    void anExistingFolderIsAnOutputFolderEvenWithoutTheSlash() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        CommandRun run = CommandRun.of("-q", CommandRun.sample(ZHOUCUN).toString(), "-o", out.toString(),
                "--format", "CSV");

        assertThat(run.exit()).isZero();
        assertThat(CommandRun.files(out)).containsExactly("zhoucun-2025-task-breakdown.csv");
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotReadBack() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN);
        Path out = in.resolve("out");
        Files.createDirectories(out);
        // A stray input-looking file in the output folder must not be converted either.
        Files.writeString(out.resolve("stray.txt"), "x");

        assertThat(CommandRun.of("-q", in.toString(), "-o", out + "/").exit()).isZero();
        CommandRun again = CommandRun.of(in.toString(), "-o", out + "/");

        assertThat(again.exit()).isZero();
        assertThat(again.stderr()).contains("1 file:");
        assertThat(CommandRun.files(out)).containsExactly("stray.txt", "zhoucun-2025-task-breakdown.json");
    }

    @Test
    void inputsAreNeverWritten() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN, LINZI, "zhoucun-2025-task-breakdown.docx",
                "zhoucun-2025-task-breakdown.html");
        java.util.Map<String, byte[]> before = new java.util.HashMap<>();
        java.util.Map<String, java.nio.file.attribute.FileTime> times = new java.util.HashMap<>();
        for (String name : CommandRun.files(in)) {
            before.put(name, Files.readAllBytes(in.resolve(name)));
            times.put(name, Files.getLastModifiedTime(in.resolve(name)));
        }

        CommandRun.of("-q", in.toString(), "-o", in.resolve("out") + "/");
        CommandRun.of("-q", in.toString(), "-o", in.resolve("all.csv").toString());

        for (String name : before.keySet()) {
            assertThat(Files.readAllBytes(in.resolve(name))).as(name).isEqualTo(before.get(name));
            assertThat(Files.getLastModifiedTime(in.resolve(name))).as(name).isEqualTo(times.get(name));
        }
    }

    @Test
    void csvHasTheContractColumnsAndAByteOrderMarkUnlessTurnedOff() throws Exception {
        Path withBom = tmp.resolve("tasks.csv");
        Path withoutBom = tmp.resolve("plain.csv");
        assertThat(CommandRun.of("-q", CommandRun.sample(ZHOUCUN).toString(), "-o", withBom.toString()).exit())
                .isZero();
        assertThat(CommandRun.of("-q", "--no-bom", CommandRun.sample(ZHOUCUN).toString(), "-o",
                withoutBom.toString()).exit()).isZero();

        byte[] bytes = Files.readAllBytes(withBom);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String header = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow();
        assertThat(header).isEqualTo("source,id,seq,section_no,section,task_no,task,requirement,lead,responsible,"
                + "deadline,deadline_kind,deadline_date,issuer,doc_number,notice_date");
        assertThat(List.of(header.split(","))).isEqualTo(CsvColumns.HEADER);
        assertThat(Files.readString(withoutBom)).startsWith("source,id,");
    }

    @Test
    void formatOptionWinsOverTheExtensionAndCsvGoesToStdout() {
        CommandRun run = CommandRun.of("-q", "--format", "csv", "--no-bom", CommandRun.sample(ZHOUCUN).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).startsWith("source,id,seq,");
    }

    @Test
    void failedInputsAreNamedOnOneLineEachAndTheRestStillConverts() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN);
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("tasks.jsonl");
        Path errors = tmp.resolve("errors.jsonl");

        CommandRun run = CommandRun.of(in.toString(), tmp.resolve("missing.docx").toString(), "-o", out.toString(),
                "--errors", errors.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> failed = run.stderrLines().stream().filter(l -> l.contains("failed:")).toList();
        assertThat(failed).containsExactly(
                "plan-extract: failed: " + in.resolve("binary.txt") + " [READ] this is not a text file (it holds"
                        + " binary data); plan-extract reads DOCX, DOC, HTML, OFD and text",
                "plan-extract: failed: " + in.resolve("empty.txt") + " [READ] the file is empty",
                "plan-extract: failed: " + tmp.resolve("missing.docx") + " [READ] the file does not exist");
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
        assertThat(run.stderrLines()).last().asString().contains("4 files: 1 converted", "3 failed");
        assertThat(Files.exists(out)).isTrue();

        List<JsonNode> lines = Files.readAllLines(errors).stream().map(CommandRunTestJson::parse).toList();
        assertThat(lines).extracting(l -> l.get("path").asText()).containsExactly(
                in.resolve("binary.txt").toString(), in.resolve("empty.txt").toString(),
                tmp.resolve("missing.docx").toString());
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("stage").asText()).isEqualTo("READ");
            assertThat(l.get("message").asText()).isNotBlank();
        });
    }

    @Test
    void aSingleFailedInputLeavesNoOutputFile() throws Exception {
        Path bad = Files.write(tmp.resolve("bad.txt"), new byte[] {0, 0, 0});
        Path out = tmp.resolve("bad.json");

        CommandRun run = CommandRun.of("-q", bad.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(CommandRun.files(tmp)).containsExactly("bad.txt");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CommandRun.of().exit()).isEqualTo(2);
        assertThat(CommandRun.of("--no-such-option", "x.txt").exit()).isEqualTo(2);
        assertThat(CommandRun.of("--format", "pdf", "x.txt").exit()).isEqualTo(2);
        assertThat(CommandRun.of("-j", "0", "x.txt").exit()).isEqualTo(2);
        assertThat(CommandRun.of("--timeout", "-1", "x.txt").exit()).isEqualTo(2);
        assertThat(CommandRun.of("--skip-existing", "x.txt", "-o", tmp.resolve("a.json").toString()).exit())
                .isEqualTo(2);
        CommandRun xlsxToStdout = CommandRun.of("--format", "xlsx", CommandRun.sample(ZHOUCUN).toString());
        assertThat(xlsxToStdout.exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitWithZero() {
        CommandRun help = CommandRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.stdout()).contains("Usage: plan-extract", "--skip-existing", "--errors");
        CommandRun version = CommandRun.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.stdout()).startsWith("plan-extract ");
    }

    @Test
    void skipExistingConvertsOnlyNewOrChangedInputs() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN, LINZI);
        Path out = tmp.resolve("out");
        assertThat(CommandRun.of("-q", in.toString(), "-o", out + "/").exit()).isZero();
        Path kept = out.resolve("linzi-2025-key-points.json");
        Files.writeString(kept, Files.readString(kept)
                .replace("\"schemaVersion\"", "\"marker\" : 1,\n  \"schemaVersion\""));

        Files.copy(CommandRun.sample(HUAIYIN), in.resolve(HUAIYIN));
        // Changed content: its output must be redone even though it exists.
        Files.writeString(in.resolve(ZHOUCUN), Files.readString(in.resolve(ZHOUCUN)) + "\n附件2\n");

        CommandRun rerun = CommandRun.of(in.toString(), "-o", out + "/", "--skip-existing");

        assertThat(rerun.exit()).isZero();
        assertThat(rerun.stderr()).contains("3 files: 2 converted", "1 skipped");
        assertThat(Files.readString(kept)).contains("\"marker\"");
        assertThat(CommandRun.files(out)).hasSize(3);
    }
}

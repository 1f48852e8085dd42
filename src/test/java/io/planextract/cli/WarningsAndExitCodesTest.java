package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.write.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings a pipeline cannot miss: --warnings, --fail-on-warnings, and a notice without tasks failing. */
class WarningsAndExitCodesTest {
    /** Two tasks, numbered 1 and 2: no warning. */
    static final String CLEAN = """
            关于印发重点工作任务分解表的通知
            | 序号 | 工作任务 | 责任单位 | 完成时限 |
            |---|---|---|---|
            | 1 | 推进甲项工作 | 县财政局 | 2025年6月底前 |
            | 2 | 推进乙项工作 | 县教育局 | 2025年9月底前 |
            """;
    /** Numbered 1 and 3: a seq-gap warning on the second row. */
    static final String GAP = CLEAN.replace("| 2 |", "| 3 |");
    /** A letter without tasks. */
    static final String NO_TASKS = "关于召开会议的通知\n请各单位于周五上午九时到县政府三楼会议室开会。\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void aCleanNoticeExitsZero() throws Exception {
        CommandRun run = CommandRun.of("-q", write("a.txt", CLEAN).toString(), "--fail-on-warnings");

        assertThat(run.exit()).isZero();
    }

    @Test
    void warningsAloneExitZeroByDefault() throws Exception {
        CommandRun run = CommandRun.of("-q", write("a.txt", GAP).toString());

        assertThat(run.exit()).isZero();
        assertThat(Json.mapper().readTree(run.stdoutBytes()).at("/warnings/0/code").asText()).isEqualTo("seq-gap");
    }

    @Test
    void failOnWarningsExitsThreeWhenEverythingConvertedWithWarnings() throws Exception {
        CommandRun run = CommandRun.of("-q", write("a.txt", GAP).toString(), "--fail-on-warnings");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.stdoutBytes()).isNotEmpty(); // the output is complete all the same
    }

    @Test
    void aFailedInputOutranksWarnings() throws Exception {
        CommandRun run = CommandRun.of("-q", write("a.txt", GAP).toString(), tmp.resolve("missing.txt").toString(),
                "--fail-on-warnings");

        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aNoticeWithoutTasksFailsAndIsNamed() throws Exception {
        Path letter = write("letter.txt", NO_TASKS);

        CommandRun run = CommandRun.of(letter.toString(), write("a.txt", CLEAN).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains("plan-extract: failed: " + letter + " [EXTRACT] 没有找到任务");
        assertThat(run.stderr()).contains("1 converted", "1 failed");
        assertThat(Json.mapper().readTree(run.stdoutBytes())).hasSize(1);
    }

    @Test
    void aNoticeWithoutTasksGetsNoOutputFileOfItsOwn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("letter.txt"), NO_TASKS);
        Path out = tmp.resolve("out");

        CommandRun run = CommandRun.of("-q", in.toString(), "-o", out + "/");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(out.resolve("letter.json")).doesNotExist();
    }

    @Test
    void allowEmptyConvertsANoticeWithoutTasks() throws Exception {
        CommandRun run = CommandRun.of("-q", write("letter.txt", NO_TASKS).toString(), "--allow-empty");

        assertThat(run.exit()).isZero();
        JsonNode doc = Json.mapper().readTree(run.stdoutBytes());
        assertThat(doc.get("tasks")).isEmpty();
        assertThat(doc.at("/warnings/0/code").asText()).isEqualTo("no-task-table");
    }

    @Test
    void warningsFileHasOneJsonLinePerWarningWithFileAndPlace() throws Exception {
        Path gap = write("gap.txt", GAP);
        Path log = tmp.resolve("w.jsonl");

        CommandRun run = CommandRun.of("-q", write("clean.txt", CLEAN).toString(), gap.toString(), "--warnings",
                log.toString(), "-o", tmp.resolve("all.json").toString());

        assertThat(run.exit()).isZero();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(1);
        JsonNode w = Json.mapper().readTree(lines.get(0));
        assertThat(w.get("file").asText()).isEqualTo(gap.toString());
        assertThat(w.get("table").asInt()).isEqualTo(1);
        assertThat(w.get("row").asInt()).isEqualTo(2);
        assertThat(w.get("paragraph").isNull()).isTrue();
        assertThat(w.get("code").asText()).isEqualTo("seq-gap");
        assertThat(w.get("message").asText()).isEqualTo("序号从 1 跳到 3");
    }

    @Test
    void warningsFileIsWrittenEmptyWhenThereAreNone() throws Exception {
        Path log = tmp.resolve("w.jsonl");

        assertThat(CommandRun.of("-q", write("a.txt", CLEAN).toString(), "--warnings", log.toString()).exit())
                .isZero();

        assertThat(log).exists().isEmptyFile();
    }

    @Test
    void warningsFileIsNotLeftHalfWrittenWhenTheBatchFails() throws Exception {
        Path log = tmp.resolve("w.jsonl");
        // Standard output fails after the first notice (a full disk): its warnings were logged, the batch stops.
        java.io.OutputStream fullDisk = new java.io.OutputStream() {
            private int room = 4096;

            @Override
            public void write(int b) throws java.io.IOException {
                if (room-- <= 0) {
                    throw new java.io.IOException("No space left on device");
                }
            }
        };
        picocli.CommandLine cmd = PlanExtractCommand.commandLine(new PlanExtractCommand(
                java.io.InputStream.nullInputStream(), fullDisk, false, java.time.Duration.ofHours(1)));
        cmd.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));

        int exit = cmd.execute("-q", "-j", "1", write("a.txt", GAP).toString(),
                write("b.txt", GAP.replace("推进甲项工作", "推进甲项工作".repeat(200))).toString(),
                "--warnings", log.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(log).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "b.txt");
        }
    }

    @Test
    void warningsFileMayNotBeAnotherOutput() throws Exception {
        Path out = tmp.resolve("all.json");

        CommandRun run = CommandRun.of("-q", write("a.txt", CLEAN).toString(), "-o", out.toString(), "--warnings",
                out.toString());

        assertThat(run.exit()).isEqualTo(2);
    }
}

package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.read.ReadLimits;
import io.planextract.write.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as an input reads standard input; {@code -o -} writes standard output. */
class StandardStreamsTest {
    private static final byte[] NOTICE = WarningsAndExitCodesTest.CLEAN.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void dashReadsStandardInput() throws Exception {
        CommandRun run = CommandRun.withStdin(NOTICE, "-q", "-");

        assertThat(run.exit()).isZero();
        JsonNode doc = Json.mapper().readTree(run.stdoutBytes());
        assertThat(doc.get("tasks")).hasSize(2);
        assertThat(doc.at("/source/path").asText()).isEqualTo("<stdin>");
    }

    @Test
    void theFormatOfStandardInputComesFromItsContent() throws Exception {
        byte[] html = ("<html><body><p>关于印发任务分解表的通知</p><table><tr><td>序号</td><td>工作任务</td>"
                + "<td>责任单位</td></tr><tr><td>1</td><td>推进甲项工作</td><td>县财政局</td></tr></table></body>"
                + "</html>").getBytes(StandardCharsets.UTF_8);

        CommandRun run = CommandRun.withStdin(html, "-q", "-");

        assertThat(run.exit()).isZero();
        assertThat(Json.mapper().readTree(run.stdoutBytes()).at("/source/format").asText()).isEqualTo("html");
    }

    @Test
    void standardInputIsBoundedByTheSizeLimit() throws Exception {
        long max = ReadLimits.DEFAULT.maxFileBytes();
        java.io.InputStream endless = new java.io.InputStream() {
            long given;

            @Override
            public int read() {
                return given++ > max + 1024 ? -1 : ' ';
            }
        };
        CommandRun run = CommandRun.withStdin(endless, "-q", "-");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains("plan-extract: failed: <stdin> [READ]", "larger than");
    }

    @Test
    void dashTwiceIsAUsageError() {
        assertThat(CommandRun.withStdin(NOTICE, "-", "-").exit()).isEqualTo(2);
    }

    @Test
    void standardInputBesideFilesGivesAnArrayInArgumentOrder() throws Exception {
        Path file = Files.write(tmp.resolve("b.txt"), NOTICE);

        CommandRun run = CommandRun.withStdin(NOTICE, "-q", "-", file.toString());

        JsonNode doc = Json.mapper().readTree(run.stdoutBytes());
        assertThat(doc).extracting(d -> d.at("/source/path").asText()).containsExactly("<stdin>", file.toString());
    }

    @Test
    void standardInputIntoAnOutputFolderIsNamedStdin() throws Exception {
        Path out = tmp.resolve("out");

        assertThat(CommandRun.withStdin(NOTICE, "-q", "-", "-o", out + "/").exit()).isZero();
        assertThat(CommandRun.files(out)).containsExactly("stdin.json");
    }

    @Test
    void dashAsOutputIsStandardOutput() throws Exception {
        Path file = Files.write(tmp.resolve("a.txt"), NOTICE);

        CommandRun run = CommandRun.of("-q", file.toString(), "-o", "-", "--format", "csv");

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("source,id,seq");
        assertThat(CommandRun.files(tmp)).containsExactly("a.txt");
    }
}

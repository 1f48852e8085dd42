package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.bench.HostileFigures;
import io.planextract.write.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of generated hostile inputs goes through the real command: the batch ends, each bad file is one failure
 * line, the good ones convert, nothing outside the folder is read. Figures per input: docs/limits.md.
 */
class HostileInputsTest {
    /** Generous for a loaded 2-core machine: the batch takes seconds; the old code took minutes and gigabytes. */
    private static final Duration CEILING = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    @Test
    void aFolderOfHostileInputsEndsWithEachBadFileNamedOnce() throws Exception {
        byte[] notice = Files.readAllBytes(CommandRun.sample("zhoucun-2025-task-breakdown.txt"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("bomb.html"), HostileFigures.spanBomb(8_000));
        Files.write(in.resolve("tables.html"), HostileFigures.repeatedHtmlTables());
        Files.write(in.resolve("tail.txt"), HostileFigures.binaryTail(notice));
        Files.write(in.resolve("broken.txt"), HostileFigures.brokenUtf8(notice));
        Files.write(in.resolve("long.txt"), HostileFigures.longName());
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "机密");
        Files.createSymbolicLink(in.resolve("link.txt"), secret);

        CommandRun run = assertTimeoutPreemptively(CEILING, () -> CommandRun.of("-q", in.toString()));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderrLines()).filteredOn(l -> l.startsWith("plan-extract: failed:"))
                .hasSize(2).anyMatch(l -> l.contains("bomb.html")).anyMatch(l -> l.contains("tail.txt"));
        assertThat(run.stderr()).contains("link.txt links to a file outside the folder");
        JsonNode array = Json.mapper().readTree(run.stdoutBytes());
        assertThat(array).extracting(d -> d.at("/source/path").asText()).containsExactly(
                in.resolve("broken.txt").toString(), in.resolve("long.txt").toString(),
                in.resolve("tables.html").toString());
        assertThat(array.get(0).get("tasks").size()).isGreaterThan(0); // broken UTF-8 still read as UTF-8
        assertThat(array.get(2).get("tasks").size()).isEqualTo(20_000);
        assertThat(run.stdout()).doesNotContain("机密");
    }

    @Test
    void aVeryLongUnitNameStillGetsItsLedger() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("long.txt"), HostileFigures.longName());
        Path out = tmp.resolve("ledgers");

        CommandRun run = CommandRun.of("-q", "--by-unit", in.toString(), "-o", out + "/");

        assertThat(run.exit()).isZero();
        assertThat(out.resolve("index.csv")).exists();
        assertThat(CommandRun.files(out)).hasSize(3); // the ledger, index.csv and index.xlsx
    }
}

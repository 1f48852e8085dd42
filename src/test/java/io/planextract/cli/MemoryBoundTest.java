package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.bench.HostileFigures;
import io.planextract.write.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "peak memory bounded per file": a batch of hostile inputs, generated here, goes through the real
 * command in a child JVM with a 1 GB heap and two workers. It must end with exit 1, one failure line per bad
 * input, and every good input converted. Before the bounds, the near-ratio DOCX alone (a 15 MB file inflating to
 * 1.1 GB) ran such a JVM out of memory. The figures per input are in docs/limits.md.
 */
class MemoryBoundTest {

    @TempDir
    Path tmp;

    @Test
    void aBatchOfHostileInputsFinishesInAOneGigabyteHeap() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), "wenshang-2025-task-breakdown.docx",
                "zhoucun-2025-task-breakdown.txt");
        byte[] docx = Files.readAllBytes(in.resolve("wenshang-2025-task-breakdown.docx"));
        Files.write(in.resolve("near-ratio.docx"), HostileFigures.nearRatioDocx(docx, 12, 95 << 20));
        Files.write(in.resolve("fifty-mb.txt"), HostileFigures.prose(50 << 20));
        Files.write(in.resolve("many-tasks.txt"), HostileFigures.taskTable(20_000));
        Path out = tmp.resolve("all.json");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), PlanExtractCommand.class.getName(),
                "-q", "-j", "2", in.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        int exit = child.waitFor();
        List<String> log = Files.readAllLines(tmp.resolve("child.log"), StandardCharsets.UTF_8);

        // Before the bounds the near-ratio DOCX failed as "needs more memory" (the heap ran out while POI inflated
        // it), and whatever else was converting at that moment could fail with it.
        assertThat(log).as("the child's output").noneMatch(l -> l.contains("OutOfMemoryError"))
                .noneMatch(l -> l.contains("needs more memory"));
        assertThat(exit).as(String.join("\n", log)).isEqualTo(1);
        assertThat(log).filteredOn(l -> l.startsWith("plan-extract: failed:")).hasSize(2)
                .anyMatch(l -> l.contains("near-ratio.docx") && l.contains("inflates to more than"))
                .anyMatch(l -> l.contains("fifty-mb.txt") && l.contains("plan-extract reads text up to"));
        JsonNode converted = Json.mapper().readTree(out.toFile());
        assertThat(converted).extracting(d -> Path.of(d.at("/source/path").asText()).getFileName().toString())
                .containsExactly("many-tasks.txt", "wenshang-2025-task-breakdown.docx",
                        "zhoucun-2025-task-breakdown.txt");
        assertThat(converted.get(0).get("tasks").size()).isEqualTo(20_000);
    }
}

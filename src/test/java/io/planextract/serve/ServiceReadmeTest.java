package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.write.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "As a service" examples work: every {@code curl} line of its first shell block is run with bash,
 * as written but for the address (the test server's port instead of 8080), in a folder that holds the samples
 * and a {@code notices.zip} of them.
 */
class ServiceReadmeTest {
    private static final String ADDRESS = "http://127.0.0.1:8080";

    @TempDir
    Path folder;

    static List<String> curlLines() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### As a service"));
        String block = section.substring(section.indexOf("```sh\n") + 6);
        block = block.substring(0, block.indexOf("```"));
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("curl ")) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyCurlExampleSucceedsAndWritesWhatItSays() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("curl", "--version").start().waitFor() == 0, "needs curl");
        Files.createSymbolicLink(folder.resolve("samples"), TestServer.SAMPLES.toAbsolutePath());
        Files.write(folder.resolve("notices.zip"), SameBytesAsCliTest.zipOf(TestServer.samples()));
        List<String> lines = curlLines();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        try (TestServer server = TestServer.start()) {
            for (String line : lines) {
                String command = line.replace(ADDRESS, server.server.baseUri());
                Process process = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command)
                        .directory(folder.toFile()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor()).as(line + "\n" + output).isZero();
            }
        }
        JsonNode wenshang = Json.mapper().readTree(folder.resolve("wenshang.json").toFile());
        assertThat(wenshang.at("/source/path").asText()).isEqualTo("wenshang-2025-task-breakdown.docx");
        assertThat(wenshang.get("tasks")).isNotEmpty();
        assertThat(Files.readString(folder.resolve("zhoucun.csv"))).contains("牵头单位");
        assertThat(Files.readAllBytes(folder.resolve("zhoucun.xlsx"))).startsWith('P', 'K');
        assertThat(Files.readAllLines(folder.resolve("notices.jsonl"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("{\"source\":"));
        assertThat(SameBytesAsCliTest.unzip(Files.readAllBytes(folder.resolve("outputs.zip"))))
                .containsKey(BatchEndpoint.ERRORS_ENTRY).hasSize(TestServer.samples().size() + 1);
        assertThat(Files.readString(folder.resolve("review.html"))).contains("<!DOCTYPE html>", "huaiyin");
    }
}

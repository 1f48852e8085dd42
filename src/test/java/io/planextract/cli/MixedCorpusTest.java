package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.bench.CorpusGenerator;
import io.planextract.write.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's done-when: a 1,000-file corpus in which 10% are corrupt, truncated, empty or binary converts every good
 * file, reports every bad one, exits 1 and leaves no partial output file.
 */
class MixedCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void everyGoodFileConvertsEveryBadOneIsReportedAndNothingPartialIsLeft() throws Exception {
        Path in = tmp.resolve("in");
        List<CorpusGenerator.Entry> corpus = new CorpusGenerator(7).generate(in, 1000,
                CorpusGenerator.Mix.textOnly(0.10, 3, 12));
        Set<String> bad = corpus.stream().filter(e -> !e.good()).map(e -> e.file().toString())
                .collect(Collectors.toSet());
        assertThat(bad).hasSize(100);
        Path out = tmp.resolve("out");
        Path errors = tmp.resolve("errors.jsonl");

        CommandRun run = CommandRun.of(in.toString(), "-o", out + "/", "-j", "2", "--errors", errors.toString());

        assertThat(run.exit()).isEqualTo(1);
        for (CorpusGenerator.Entry e : corpus) {
            String stem = e.file().getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path output = out.resolve(stem + ".json");
            if (e.good()) {
                JsonNode doc = Json.mapper().readTree(output.toFile());
                assertThat(doc.at("/source/path").asText()).isEqualTo(e.file().toString());
            } else {
                assertThat(output).doesNotExist();
            }
        }
        Set<String> reported = run.stderrLines().stream().filter(l -> l.startsWith("plan-extract: failed: "))
                .map(l -> l.substring("plan-extract: failed: ".length(), l.indexOf(" [")))
                .collect(Collectors.toSet());
        assertThat(reported).isEqualTo(bad);
        Set<String> logged = Files.readAllLines(errors).stream()
                .map(l -> CommandRunTestJson.parse(l).get("path").asText()).collect(Collectors.toSet());
        assertThat(logged).isEqualTo(bad);
        assertThat(run.stderrLines()).last().asString().contains("1000 files: 900 converted", "100 failed");
        assertThat(CommandRun.files(out)).hasSize(900).noneMatch(n -> n.endsWith(".part"));
    }
}

package io.planextract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.model.NoticeResult;
import io.planextract.model.Warning;
import io.planextract.write.Json;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML samples as people paste them into a text file — a browser copy with one row a line
 * ({@code cell | cell |}, cells under a rowspan missing), one cell a line followed by {@code |}, an Excel/WPS copy
 * (tab-separated, merged cells blank, quoted cells over several lines) and a Markdown table — give the sample's
 * gold. The fixtures in {@code pasted/} were made from the HTML samples with the scripts beside them.
 */
class PastedSamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"zhoucun-2025-task-breakdown.pipe.txt", "zhoucun-2025-task-breakdown.cell.txt",
        "zhoucun-2025-task-breakdown.tsv.txt", "zhoucun-2025-task-breakdown.md.txt",
        "wenshang-2025-task-breakdown.cell.txt", "wenshang-2025-task-breakdown.tsv.txt",
        "wenshang-2025-task-breakdown.md.txt"})
    void pastedCopyGivesTheGold(String fixture) throws Exception {
        NoticeResult result = PlanExtractor.extract(Path.of(getClass().getResource("/pasted/" + fixture).toURI()));
        JsonNode actual = Json.mapper().valueToTree(result);
        String stem = fixture.substring(0, fixture.indexOf('.'));
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/" + stem + ".expected.json")) {
            gold = Json.mapper().readTree(in);
        }
        assertThat(GoldenSamplesTest.differences(gold, actual)).as(fixture).isEmpty();
        if (fixture.contains(".pipe.") || fixture.contains(".cell.")) {
            assertThat(result.warnings()).extracting(Warning::code).contains("cells-placed-by-content");
        }
    }
}

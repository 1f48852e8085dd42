package io.planextract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.model.NoticeResult;
import io.planextract.write.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample against its reference output, field by field (the fields docs/OUTPUT.md says the gold holds:
 * the notice, the tables, and every task field but {@code inherited}, {@code origin} and {@code extra}).
 */
class GoldenSamplesTest {
    private static final List<String> TASK_FIELDS = List.of("seq", "section", "sectionNo", "task", "taskNo",
            "requirement", "leadText", "responsibleText", "lead", "responsible", "scopes", "deadline");
    private static final List<String> NOTICE_FIELDS = List.of("issuer", "docNumber", "title", "date", "addressees",
            "cc", "planYear");

    /** Sample paths relative to the samples folder (the DOC copies sit in a subfolder), sorted. */
    static List<String> allSamples() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenSamplesTest.class.getResource("/samples").toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    static Stream<String> samples() throws IOException, URISyntaxException {
        return allSamples().stream()
                .filter(n -> GoldenSamplesTest.class.getResource("/gold/" + stem(n) + ".expected.json") != null);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void matchesGold(String sample) throws Exception {
        Path input = Path.of(getClass().getResource("/samples/" + sample).toURI());
        NoticeResult result = PlanExtractor.extract(input);
        JsonNode actual = Json.mapper().valueToTree(result);
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/" + stem(sample) + ".expected.json")) {
            gold = Json.mapper().readTree(in);
        }
        assertThat(differences(gold, actual)).as(sample).isEmpty();
    }

    static List<String> differences(JsonNode gold, JsonNode actual) {
        List<String> diffs = new ArrayList<>();
        for (String f : NOTICE_FIELDS) {
            compare(diffs, "notice." + f, gold.path("notice").path(f), actual.path("notice").path(f));
        }
        JsonNode gt = gold.path("tables");
        JsonNode at = actual.path("tables");
        compare(diffs, "tables.count", gt.size(), at.size());
        for (int i = 0; i < gt.size(); i++) {
            for (String f : List.of("title", "header", "rows")) {
                if (!(f.equals("header") && gt.get(i).path(f).isNull())) {
                    compare(diffs, "tables[" + i + "]." + f, gt.get(i).path(f), at.path(i).path(f));
                }
            }
        }
        JsonNode gtasks = gold.path("tasks");
        JsonNode atasks = actual.path("tasks");
        compare(diffs, "tasks.count", gtasks.size(), atasks.size());
        for (int i = 0; i < gtasks.size(); i++) {
            for (String f : TASK_FIELDS) {
                compare(diffs, "tasks[" + (i + 1) + "]." + f, gtasks.get(i).path(f), atasks.path(i).path(f));
            }
        }
        return diffs.size() > 25 ? diffs.subList(0, 25) : diffs;
    }

    private static void compare(List<String> diffs, String where, Object expected, Object actual) {
        Object e = expected instanceof JsonNode n && n.isMissingNode() ? null : expected;
        Object a = actual instanceof JsonNode n && n.isMissingNode() ? null : actual;
        boolean same = e == null ? a == null || (a instanceof JsonNode an && an.isNull())
                : e instanceof JsonNode en && en.isNull() ? a == null || (a instanceof JsonNode an2 && an2.isNull())
                : e.equals(a);
        if (!same) {
            diffs.add(where + ": expected " + e + " got " + a);
        }
    }

    static String stem(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}

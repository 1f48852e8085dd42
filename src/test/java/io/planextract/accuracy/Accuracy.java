package io.planextract.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.ExtractionException;
import io.planextract.PlanExtractor;
import io.planextract.write.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores plan-extract on the real-notice development set ({@code realset/}): every notice under
 * {@code notices/} against its hand-made {@code expected/STEM.expected.json}, per notice and in total.
 *
 * <p>usage: {@code Accuracy [REALSET_DIR] [--misses]}; run through {@code bench/accuracy}.
 */
public final class Accuracy {
    /** One notice's name and tally (a notice that fails to convert scores zero of its fields). */
    public record Row(String name, RealSetScore.Tally tally) {
    }

    private Accuracy() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "realset");
        boolean misses = List.of(args).contains("--misses");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RealSetScore.Tally total = RealSetScore.Tally.zero();
        out.printf("%-44s %14s %14s%n", "notice", "core", "full");
        for (Row row : score(dir)) {
            RealSetScore.Tally t = row.tally();
            out.printf("%-44s %14s %14s%n", row.name(), ratio(t.coreOk(), t.coreTotal()),
                    ratio(t.fullOk(), t.fullTotal()));
            if (misses) {
                t.misses().stream().limit(12).forEach(m -> out.println("    " + m));
            }
            total = total.plus(t);
        }
        out.printf("%-44s %14s %14s%n", "TOTAL", ratio(total.coreOk(), total.coreTotal()),
                ratio(total.fullOk(), total.fullTotal()));
        out.printf("core fields %.1f%%, full task fields %.1f%%%n", percent(total.coreOk(), total.coreTotal()),
                percent(total.fullOk(), total.fullTotal()));
    }

    /** Every notice of the set with its tally, in name order. */
    public static List<Row> score(Path dir) throws IOException {
        Path notices = dir.resolve("notices");
        try (Stream<Path> files = Files.list(notices)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> score(dir, f)).toList();
        }
    }

    private static Row score(Path dir, Path notice) {
        String name = notice.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        try {
            JsonNode expected = Json.mapper().readTree(dir.resolve("expected").resolve(stem + ".expected.json")
                    .toFile());
            JsonNode actual;
            try {
                actual = Json.mapper().valueToTree(PlanExtractor.extract(notice));
            } catch (ExtractionException e) {
                actual = Json.mapper().createObjectNode();
            }
            return new Row(name, RealSetScore.score(expected, actual));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": the expected output cannot be read: " + e.getMessage(), e);
        }
    }

    private static String ratio(int ok, int total) {
        return ok + "/" + total;
    }

    private static double percent(int ok, int total) {
        return 100.0 * ok / Math.max(total, 1);
    }
}

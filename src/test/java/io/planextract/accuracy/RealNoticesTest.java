package io.planextract.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real-notice development set ({@code realset/}, see its README) as a regression guard: the share of the
 * clerk's fields read right must not fall below what the engine reached when the set was scored last
 * ({@code bench/accuracy} prints the figures per notice). The floor sits a little under that figure so that a
 * rule which costs the family of real notices fails the build, while a better reading never does.
 */
class RealNoticesTest {
    /** Reached: 98.2% of the core fields of 64 notices (978/996); the floor is the bar. */
    private static final double CORE_FLOOR = 0.98;
    private static final Path SET = Path.of("realset");

    @Test
    void coreFieldsOfTheRealNoticesStayRight() throws Exception {
        assertThat(Files.isDirectory(SET.resolve("notices"))).as("realset/notices").isTrue();
        List<Accuracy.Row> rows = Accuracy.score(SET);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        RealSetScore.Tally total = rows.stream().map(Accuracy.Row::tally)
                .reduce(RealSetScore.Tally.zero(), RealSetScore.Tally::plus);
        double core = (double) total.coreOk() / total.coreTotal();
        assertThat(core).as("core fields right: %d/%d; misses: %s", total.coreOk(), total.coreTotal(),
                total.misses().stream().limit(20).toList()).isGreaterThanOrEqualTo(CORE_FLOOR);
    }

    @Test
    void everyExpectedFileHasItsNotice() throws Exception {
        try (var expected = Files.list(SET.resolve("expected"))) {
            expected.map(p -> p.getFileName().toString().replace(".expected.json", ""))
                    .forEach(stem -> assertThat(hasNotice(stem)).as(stem).isTrue());
        }
    }

    private static boolean hasNotice(String stem) {
        try (var notices = Files.list(SET.resolve("notices"))) {
            return notices.anyMatch(p -> p.getFileName().toString().startsWith(stem + "."));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.planextract.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed midway ({@code kill -9}, which no program can catch) leaves no half-written output, and a rerun
 * gives the same outputs as a run that was never interrupted.
 */
class KillAndRerunTest {
    @TempDir
    Path tmp;
    private Path in;

    @BeforeEach
    void corpus() throws IOException {
        in = tmp.resolve("in");
        new CorpusGenerator(11).generate(in, 200, CorpusGenerator.Mix.textOnly(0.1, 10, 30));
    }

    @Test
    void perInputOutputsSurviveAKillAndARerunCompletesThem() throws Exception {
        Path clean = tmp.resolve("clean");
        CommandRun.of("-q", in.toString(), "-o", clean + "/");
        Path killed = tmp.resolve("killed");

        Process p = start(in.toString(), "-o", killed + "/", "-j", "1");
        waitFor(() -> countFiles(killed) >= 20, p);
        boolean interrupted = p.isAlive();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // On a machine fast enough to finish first there was nothing to interrupt: say so instead of passing.
        assumeTrue(interrupted, "the batch finished before it could be killed");

        // Whatever is there is whole: every finished file equals the uninterrupted run's.
        for (String name : visible(killed)) {
            assertThat(Files.readAllBytes(killed.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(clean.resolve(name)));
        }
        CommandRun rerun = CommandRun.of("-q", in.toString(), "-o", killed + "/", "--skip-existing");
        assertThat(rerun.exit()).isEqualTo(1); // the corpus has broken files
        assertSameFiles(killed, clean);
    }

    @Test
    void aStoppedBatchLeavesNoTemporaryFiles() throws Exception {
        Path out = tmp.resolve("stopped");

        Process p = start(in.toString(), "-o", out + "/", "-j", "2");
        waitFor(() -> countFiles(out) >= 20, p);
        boolean interrupted = p.isAlive();
        p.destroy(); // SIGTERM, as Ctrl-C or a service stop: the shutdown hook drops what is unfinished
        p.waitFor(30, TimeUnit.SECONDS);
        assumeTrue(interrupted, "the batch finished before it could be stopped");

        assertThat(CommandRun.files(out)).isNotEmpty().noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aStoppedBatchLeavesNoTemporaryFileOfTheReviewPage() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("report"));

        Process p = start(in.toString(), "-o", out.resolve("all.json").toString(), "--report",
                out.resolve("review.html").toString(), "-j", "1");
        waitFor(() -> countFiles(out) >= 2, p);
        boolean interrupted = p.isAlive();
        p.destroy(); // SIGTERM
        p.waitFor(30, TimeUnit.SECONDS);
        assumeTrue(interrupted, "the batch finished before it could be stopped");

        assertThat(CommandRun.files(out)).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aCombinedOutputIsAllOrNothing() throws Exception {
        Path clean = tmp.resolve("clean.csv");
        CommandRun.of("-q", in.toString(), "-o", clean.toString());
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path target = out.resolve("tasks.csv");

        Process p = start(in.toString(), "-o", target.toString(), "-j", "1");
        waitFor(() -> countFiles(out) >= 1, p);
        boolean interrupted = p.isAlive();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // On a machine fast enough to finish first there was nothing to interrupt: say so instead of passing.
        assumeTrue(interrupted, "the batch finished before it could be killed");

        if (Files.exists(target)) {
            assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(clean)); // it had finished
        }
        CommandRun.of("-q", in.toString(), "-o", target.toString());
        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(clean));
        assertThat(CommandRun.files(out)).containsExactly("tasks.csv"); // the killed run's temporary file is gone
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PlanExtractCommand.class.getName(), "-q"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static long countFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> visible(Path dir) throws IOException {
        return CommandRun.files(dir).stream().filter(n -> !Path.of(n).getFileName().toString().startsWith("."))
                .toList();
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        assertThat(CommandRun.files(actual)).isEqualTo(CommandRun.files(expected));
        for (String name : CommandRun.files(expected)) {
            assertThat(Files.readAllBytes(actual.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(expected.resolve(name)));
        }
    }
}

package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.PlanExtractor;
import io.planextract.read.ReadLimits;
import io.planextract.write.Json;
import io.planextract.write.OutputFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    /** Lets the endless conversion below end once the test is over, so it does not spin on in the test JVM. */
    private final AtomicBoolean release = new AtomicBoolean();

    @TempDir
    Path tmp;

    @AfterEach
    void releaseStuckWorkers() {
        release.set(true);
    }

    @Test
    void aFileThatNeverFinishesIsGivenUpAndTheBatchGoesOnInOrder() throws Exception {
        byte[] notice = Files.readAllBytes(CommandRun.sample("zhoucun-2025-task-breakdown.txt"));
        List<InputFile> inputs = new ArrayList<>();
        for (String name : List.of("a.txt", "stuck.txt", "b.txt", "c.txt")) {
            Path p = Files.write(tmp.resolve(name), notice);
            inputs.add(new InputFile(p, name, Path.of(name)));
        }
        PlanExtractor real = new PlanExtractor();
        real.convert(notice, "warm-up.txt"); // the first conversion loads classes: not the batch's concern
        FileConverter.Conversion conversion = (bytes, name) -> {
            if (name.equals("stuck.txt")) {
                while (!release.get()) {
                    Thread.onSpinWait(); // busy on the CPU and deaf to interrupts, like a runaway loop
                }
            }
            return real.convert(bytes, name);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        // One thread: the rest of the batch can only finish if the stuck worker is replaced.
        BatchRunner runner = new BatchRunner(conversion, ReadLimits.DEFAULT, new BatchOptions(1, true,
                false, Optional.empty(), false, Optional.empty(), Duration.ofSeconds(2)), out,
                Progress.of(new PrintWriter(err, true), true, false, Duration.ofHours(1)));

        BatchSummary summary = runner.run(inputs, new OutputPlan.ToStdout(OutputFormat.JSON, true));

        assertThat(summary.converted()).isEqualTo(3);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(err.toString()).contains("failed: stuck.txt [EXTRACT] the file took longer than 2 s");
        JsonNode array = Json.mapper().readTree(out.toByteArray());
        assertThat(array).extracting(d -> d.at("/source/path").asText()).containsExactly("a.txt", "b.txt", "c.txt");
    }

    @Test
    void filesThatFinishedWhileASlowOneRanAreNeverTimedOut() throws Exception {
        byte[] notice = Files.readAllBytes(CommandRun.sample("zhoucun-2025-task-breakdown.txt"));
        List<InputFile> inputs = new ArrayList<>();
        for (String name : List.of("slow.txt", "a.txt", "b.txt", "c.txt", "d.txt")) {
            Path p = Files.write(tmp.resolve(name), notice);
            inputs.add(new InputFile(p, name, Path.of(name)));
        }
        PlanExtractor real = new PlanExtractor();
        real.convert(notice, "warm-up.txt"); // the first conversion loads classes: not the batch's concern
        FileConverter.Conversion conversion = (bytes, name) -> {
            if (name.equals("slow.txt")) {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
            }
            return real.convert(bytes, name);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        // Two threads: the quick files finish on the second while the first is stuck; they started about when the
        // stuck one did, so by the time the stuck one is given up their own time is up too, but they are done.
        BatchRunner runner = new BatchRunner(conversion, ReadLimits.DEFAULT, new BatchOptions(2, true,
                false, Optional.empty(), false, Optional.empty(), Duration.ofSeconds(2)), out,
                Progress.of(new PrintWriter(err, true), true, false, Duration.ofHours(1)));

        BatchSummary summary = runner.run(inputs, new OutputPlan.ToStdout(OutputFormat.JSON, true));

        assertThat(err.toString()).contains("failed: slow.txt").doesNotContain("a.txt").doesNotContain("d.txt");
        assertThat(summary.converted()).isEqualTo(4);
        JsonNode array = Json.mapper().readTree(out.toByteArray());
        assertThat(array).extracting(d -> d.at("/source/path").asText())
                .containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
    }
}

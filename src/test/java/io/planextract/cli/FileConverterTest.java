package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.ExtractionException;
import io.planextract.ExtractionException.Stage;
import io.planextract.read.ReadLimits;
import io.planextract.write.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file guard: whatever one file does, it becomes that file's failure, never the batch's crash. */
class FileConverterTest {
    @TempDir
    Path tmp;

    private Outcome run(FileConverter.Conversion conversion) throws Exception {
        Path input = Files.writeString(tmp.resolve("a.txt"), "周村区人民政府办公室");
        try (OpenOutputs outputs = new OpenOutputs()) {
            return new FileConverter(conversion, ReadLimits.DEFAULT, outputs, true)
                    .convert(new InputFile(input, "a.txt", Path.of("a.txt")));
        }
    }

    @Test
    void anExtractionExceptionKeepsItsStageAndMessage() throws Exception {
        Outcome o = run((b, n) -> {
            throw new ExtractionException(Stage.TABLE, "the table has no header\nrow");
        });
        assertThat(o).isEqualTo(new Outcome.Failed(o.input(), Stage.TABLE, "the table has no header row"));
    }

    @Test
    void aStackOverflowBecomesThatFilesError() throws Exception {
        Outcome o = run((b, n) -> {
            throw new StackOverflowError();
        });
        assertThat(o).isInstanceOfSatisfying(Outcome.Failed.class,
                f -> assertThat(f.message()).contains("nested too deeply"));
    }

    @Test
    void runningOutOfMemoryBecomesThatFilesError() throws Exception {
        Outcome o = run((b, n) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(o).isInstanceOfSatisfying(Outcome.Failed.class,
                f -> assertThat(f.message()).contains("more memory"));
    }

    @Test
    void aBugBecomesThatFilesErrorWithoutAStackTrace() throws Exception {
        Outcome o = run((b, n) -> {
            throw new IllegalStateException("boom");
        });
        assertThat(o).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.stage()).isEqualTo(Stage.EXTRACT);
            assertThat(f.message()).contains("IllegalStateException: boom").doesNotContain("\n");
        });
    }

    @Test
    void aFailedPerInputOutputLeavesNoFile() throws Exception {
        Path input = Files.writeString(tmp.resolve("a.txt"), "x");
        Path target = tmp.resolve("out/a.json");
        try (OpenOutputs outputs = new OpenOutputs()) {
            Outcome o = new FileConverter((b, n) -> {
                throw new IllegalStateException("boom");
            }, ReadLimits.DEFAULT, outputs, true).convertInto(new InputFile(input, "a.txt", Path.of("a.txt")),
                    target, OutputFormat.JSON, false);
            assertThat(o).isInstanceOf(Outcome.Failed.class);
        }
        assertThat(target).doesNotExist();
    }

    @Test
    void leftoverTemporaryFilesOfAKilledRunAreSweptForTheirTargetOnly() throws Exception {
        Path target = tmp.resolve("a.json");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path mine = Files.writeString(tmp.resolve(".a.json." + gone.pid() + "-0123abcd.part"), "half");
        // An older version's name (no process id): stale once untouched for ten minutes.
        Path legacy = Files.writeString(tmp.resolve(".a.json.123456.part"), "half");
        Files.setLastModifiedTime(legacy, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        Path other = Files.writeString(tmp.resolve(".b.json." + gone.pid() + "-0123abcd.part"), "half");
        Path lookalike = Files.writeString(tmp.resolve(".a.json.notes.part"), "keep");

        OpenOutputs.sweepLeftovers(target);

        assertThat(mine).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(other).exists();
        assertThat(lookalike).exists();
    }
}

package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A write error on standard output is never a silent success. */
class StdoutErrorsTest {
    private static final String ZHOUCUN = "zhoucun-2025-task-breakdown.txt";

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    /** A disk that fills up after a few bytes. */
    private static final class FullDisk extends OutputStream {
        private final String error;
        private int room = 100;

        FullDisk(String error) {
            this.error = error;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException(error);
            }
        }
    }

    private static int run(OutputStream stdout, StringWriter err, String... args) {
        CommandLine cmd = new CommandLine(new PlanExtractCommand(stdout, false, Duration.ofHours(1)));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void aFullDiskIsAFailureWithAClearMessage() {
        StringWriter err = new StringWriter();

        int exit = run(new FullDisk("No space left on device"), err, CommandRun.sample(ZHOUCUN).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("standard output could not be written (No space left on device)");
    }

    @Test
    void aPrintStreamThatSwallowedTheErrorIsCheckedToo() {
        // System.out is a PrintStream: it never throws, it only remembers.
        StringWriter err = new StringWriter();
        PrintStream swallowing = new PrintStream(new FullDisk("No space left on device"), false);

        int exit = run(swallowing, err, CommandRun.sample(ZHOUCUN).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("standard output could not be written");
    }

    @Test
    void aClosedPipeStopsTheBatchQuietly() {
        StringWriter err = new StringWriter();

        int exit = run(new FullDisk("Broken pipe"), err, CommandRun.sample(ZHOUCUN).toString(),
                CommandRun.sample(ZHOUCUN).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theRealCommandOnDevFullFails() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full here");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PlanExtractCommand.class.getName(), "-q", CommandRun.sample(ZHOUCUN).toString()));
        Process p = new ProcessBuilder(command).redirectOutput(full).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(stderr).contains("standard output could not be written");
    }

    @Test
    void theRealCommandStopsQuietlyWhenItsReaderGoesAway() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PlanExtractCommand.class.getName()));
        // Far more output than a pipe holds (64 KB), so that the writer meets the closed end.
        for (int i = 0; i < 40; i++) {
            command.add(Files.copy(CommandRun.sample(ZHOUCUN), tmp.resolve(i + ".txt")).toString());
        }
        Process p = new ProcessBuilder(command).start();
        p.getInputStream().readNBytes(100);
        p.getInputStream().close(); // as "| head -c100" does
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(stderr).doesNotContain("Exception").doesNotContain("tasks written");
    }
}

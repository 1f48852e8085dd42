package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limit holds on every kind of input, and no input makes a read wait forever. */
class BoundedLoadTest {
    private static final ReadLimits SMALL = new ReadLimits(4096, 100, 10, 50, 1000);

    /** Generous: only a read that never ends (or reads gigabytes) can reach it. */
    private static final Duration CEILING = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void anEndlessDeviceIsCutAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");

        assertTimeoutPreemptively(CEILING, () -> assertThatThrownBy(() -> Readers.load(zero, SMALL))
                .isInstanceOf(ReadException.class).hasMessageContaining("larger than"));
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = tmp.resolve("notice.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is missing");

        assertTimeoutPreemptively(CEILING, () -> assertThatThrownBy(() -> Readers.load(fifo, SMALL))
                .isInstanceOf(ReadException.class).hasMessageContaining("named pipe"));
    }

    @Test
    void aRegularFileWithinTheLimitIsReadWhole() throws Exception {
        Path file = Files.write(tmp.resolve("a.txt"), new byte[4096]);

        assertThat(Readers.load(file, SMALL)).hasSize(4096);
        Files.write(file, new byte[4097]);
        assertThatThrownBy(() -> Readers.load(file, SMALL)).isInstanceOf(ReadException.class);
    }
}

package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan-extract serve} is a subcommand beside the default {@code plan-extract FILE...}, not instead of it. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void serveHasItsOwnHelp() {
        CommandRun run = CommandRun.of("serve", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("Usage: plan-extract serve", "--token-file", "--workers");
    }

    @Test
    void theMainHelpNamesTheServeCommand() {
        assertThat(CommandRun.of("--help").stdout()).contains("serve");
    }

    @Test
    void aRunWithoutInputsIsStillAUsageError() {
        CommandRun run = CommandRun.of();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("Missing required parameter: 'INPUT'");
    }

    @Test
    void aFileWhoseNameBeginsWithServeIsAnInput() throws Exception {
        Path file = Files.copy(CommandRun.sample("linzi-2025-key-points.txt"), tmp.resolve("serve.txt"));
        CommandRun run = CommandRun.of(file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("\"tasks\"");
    }

    @Test
    void badServeOptionsAreUsageErrors() {
        assertThat(CommandRun.of("serve", "--workers", "0").exit()).isEqualTo(2);
        assertThat(CommandRun.of("serve", "--port", "70000").exit()).isEqualTo(2);
        CommandRun missing = CommandRun.of("serve", "--token-file", tmp.resolve("none").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).contains("token file");
    }

    @Test
    void aPortAlreadyTakenIsExit1WithTheReason() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            CommandRun run = CommandRun.of("serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--no-access-log");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.stderr()).contains("could not start");
        }
    }

    @Test
    void aShortTokenIsRefused() throws Exception {
        Path token = Files.writeString(tmp.resolve("token"), "short\n");
        CommandRun run = CommandRun.of("serve", "--token-file", token.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("shorter than 16");
    }
}

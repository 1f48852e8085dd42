package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.write.Json;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never destroy what they should not: inputs, links, special files, earlier outputs. */
class OutputSafetyTest {
    private static final String ZHOUCUN = "zhoucun-2025-task-breakdown.txt";
    private static final String LINZI = "linzi-2025-key-points.txt";

    @TempDir
    Path tmp;

    @Test
    void anOutputNamingAnInputIsAUsageErrorBeforeAnyWork() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN);
        byte[] before = Files.readAllBytes(in.resolve(ZHOUCUN));

        CommandRun run = CommandRun.of(in.resolve(ZHOUCUN).toString(), "-o", in.resolve(ZHOUCUN).toString(),
                "--format", "json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("the output would overwrite an input");
        assertThat(Files.readAllBytes(in.resolve(ZHOUCUN))).isEqualTo(before);
    }

    @Test
    void outputsOntoAFileOfAnInputFolderAreRefused() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN, LINZI);
        byte[] before = Files.readAllBytes(in.resolve(LINZI));
        String folder = in.toString();
        String victim = in.resolve(LINZI).toString();

        for (String[] args : new String[][] {{folder, "-o", victim, "--format", "json"},
            {folder, "-o", tmp.resolve("all.json").toString(), "--errors", victim},
            {folder, "-o", tmp.resolve("all.json").toString(), "--report", victim}}) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.stderr()).contains("the output would overwrite an input");
        }
        assertThat(Files.readAllBytes(in.resolve(LINZI))).isEqualTo(before);
        assertThat(tmp.resolve("all.json")).doesNotExist();
    }

    @Test
    void aReviewPageFromAnEarlierRunInTheInputFolderMayBeRewritten() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN);
        String page = in.resolve("review.html").toString();
        assertThat(CommandRun.of("-q", in.toString(), "-o", tmp.resolve("a.json").toString(), "--report", page)
                .exit()).isZero();

        CommandRun rerun = CommandRun.of("-q", in.toString(), "-o", tmp.resolve("a.json").toString(), "--report",
                page);

        assertThat(rerun.exit()).isZero();
    }

    @Test
    void theSameFileForTwoOutputsIsAUsageError() throws Exception {
        String out = tmp.resolve("x.html").toString();

        CommandRun run = CommandRun.of(CommandRun.sample(ZHOUCUN).toString(), "-o", out, "--format", "json",
                "--report", out);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("must each name a different file");
    }

    @Test
    void anOutputThatIsALinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("out.json"), real);

        CommandRun run = CommandRun.of("-q", CommandRun.sample(ZHOUCUN).toString(), "-o", link.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Json.mapper().readTree(real.toFile()).at("/source/path").asText()).endsWith(ZHOUCUN);
    }

    @Test
    void noInputsFoundIsAFailureAndLeavesTheEarlierOutput() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path out = Files.writeString(tmp.resolve("all.json"), "[{\"kept\":true}]");

        CommandRun run = CommandRun.of(empty.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains("no inputs found");
        assertThat(Files.readString(out)).isEqualTo("[{\"kept\":true}]");
    }

    @Test
    void aFolderGivenAsALinkIsFollowed() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN);
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), in);

        CommandRun run = CommandRun.of("-q", link.toString());

        assertThat(run.exit()).isZero();
        JsonNode array = Json.mapper().readTree(run.stdoutBytes());
        assertThat(array).extracting(d -> d.at("/source/path").asText())
                .containsExactly(link.resolve(ZHOUCUN).toString());
    }

    @Test
    void aLinkInsideAFolderToAFileOutsideItIsSkippedWithAWarning() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN);
        Path secret = CommandRun.copySamples(tmp.resolve("elsewhere"), LINZI).resolve(LINZI);
        Files.createSymbolicLink(in.resolve("secret.txt"), secret);
        Files.createSymbolicLink(in.resolve("inside.txt"), in.resolve(ZHOUCUN));

        CommandRun run = CommandRun.of("-q", in.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stderr()).contains("secret.txt links to a file outside the folder and was skipped");
        // The inner link is the same file as the sample beside it: read once.
        assertThat(Json.mapper().readTree(run.stdoutBytes())).extracting(d -> d.at("/source/path").asText())
                .containsExactly(in.resolve("inside.txt").toString());

        CommandRun allowed = CommandRun.of("-q", "--follow-links", in.toString());
        assertThat(Json.mapper().readTree(allowed.stdoutBytes())).hasSize(2);
    }

    @Test
    void oneUnreadableSubfolderIsOneFailureAndTheRestConverts() throws Exception {
        Path in = CommandRun.copySamples(tmp.resolve("in"), ZHOUCUN);
        Path locked = CommandRun.copySamples(in.resolve("locked"), LINZI);
        locked.toFile().setReadable(false, false);
        locked.toFile().setExecutable(false, false);
        try {
            // Root reads every folder whatever its permissions (as in many CI containers): there the folder is made
            // unlistable by the walk's gate instead, failing exactly as the file system fails for other users.
            boolean permissionsApply = !Files.isReadable(locked);
            InputWalker.FolderGate gate = permissionsApply ? InputWalker.FolderGate.OPEN : folder -> {
                if (folder.getFileName().toString().equals("locked")) {
                    throw new AccessDeniedException(folder.toString());
                }
            };

            CommandRun run = CommandRun.with(gate, "-q", in.toString());

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.stderrLines()).filteredOn(l -> l.contains("locked")).singleElement().asString()
                    .contains("permission denied");
            assertThat(Json.mapper().readTree(run.stdoutBytes())).hasSize(1);
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aFileNameWithANewlineOrEscapeCodesStaysOnOneLine() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad\nname\u001b[2J.txt"), "\u0000\u0001 binary");

        CommandRun run = CommandRun.of("-q", bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr()).contains("bad\\nname\\u001b[2J.txt").doesNotContain("\u001b");
    }

    @Test
    void anAbsurdTimeoutIsAUsageError() {
        CommandRun run = CommandRun.of("--timeout", "9999999999", CommandRun.sample(ZHOUCUN).toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--timeout must be").doesNotContain("Exception");
    }
}

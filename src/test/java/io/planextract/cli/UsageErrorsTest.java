package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A usage error names the one wrong thing, before any work, with exit 2 and a hint instead of the whole help. */
class UsageErrorsTest {
    @TempDir
    Path tmp;

    private String notice() throws Exception {
        return Files.writeString(tmp.resolve("a.txt"), WarningsAndExitCodesTest.CLEAN).toString();
    }

    @Test
    void aUsageErrorIsTheMistakeAndAHintNotTheHelp() {
        CommandRun run = CommandRun.of("--no-such-option", "x.txt");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderrLines()).first().asString().startsWith("plan-extract: Unknown option: '--no-such-option'");
        assertThat(run.stderrLines()).last().isEqualTo("Try 'plan-extract --help' for more information.");
        assertThat(run.stderr()).doesNotContain("Usage:", "--skip-existing");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        CommandRun run = CommandRun.of("--no-bmo", "x.txt");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--no-bom");
    }

    @Test
    void anErrorFoundByTheCommandIsShortToo() {
        CommandRun run = CommandRun.of("-j", "0", "x.txt");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderrLines()).containsExactly("plan-extract: -j must be at least 1",
                "Try 'plan-extract --help' for more information.");
    }

    @Test
    void anOutputExtensionNoFormatClaimsIsAUsageError() throws Exception {
        Path pdf = tmp.resolve("x.pdf");

        CommandRun run = CommandRun.of(notice(), "-o", pdf.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("no output format is written as .pdf");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void anUnclaimedExtensionIsWrittenWhenTheFormatIsGiven() throws Exception {
        Path txt = tmp.resolve("tasks.txt.out");

        assertThat(CommandRun.of("-q", notice(), "-o", txt.toString(), "--format", "csv").exit()).isZero();
        assertThat(Files.readString(txt)).contains("source,id,seq");
    }

    @Test
    void anOutputWithoutExtensionIsJson() throws Exception {
        Path plain = tmp.resolve("tasks");

        assertThat(CommandRun.of("-q", notice(), "-o", plain.toString()).exit()).isZero();
        assertThat(Files.readString(plain)).startsWith("{");
    }

    @Test
    void noBomWithAWorkbookIsAUsageError() throws Exception {
        CommandRun run = CommandRun.of(notice(), "-o", tmp.resolve("a.xlsx").toString(), "--no-bom");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--no-bom does not apply to xlsx output");
        assertThat(tmp.resolve("a.xlsx")).doesNotExist();
    }

    @Test
    void labelsWithJsonIsAUsageError() throws Exception {
        CommandRun run = CommandRun.of(notice(), "--labels", "zh");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--labels does not apply to json output");
        assertThat(run.stdoutBytes()).isEmpty();
    }

    @Test
    void rawCsvWithJsonLinesIsAUsageError() throws Exception {
        assertThat(CommandRun.of(notice(), "-o", tmp.resolve("a.jsonl").toString(), "--raw-csv").exit())
                .isEqualTo(2);
    }

    @Test
    void sheetPerNoticeWithCsvIsAUsageError() throws Exception {
        assertThat(CommandRun.of(notice(), "-o", tmp.resolve("a.csv").toString(), "--sheet-per-notice").exit())
                .isEqualTo(2);
    }

    @Test
    void optionsOfTheChosenFormatAreAccepted() throws Exception {
        assertThat(CommandRun.of("-q", notice(), "-o", tmp.resolve("a.csv").toString(), "--no-bom", "--raw-csv",
                "--labels", "zh").exit()).isZero();
        assertThat(CommandRun.of("-q", notice(), "-o", tmp.resolve("a.xlsx").toString(), "--sheet-per-notice",
                "--labels", "en").exit()).isZero();
    }

    @Test
    void aMisfitOptionIsFoundBeforeAnyInputIsLookedAt() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        CommandRun run = CommandRun.of(empty.toString(), "--labels", "zh");

        assertThat(run.exit()).isEqualTo(2); // not 1, "no inputs found": the command line is wrong first
    }

    @Test
    void sheetPerNoticeWithLedgersIsAUsageError() throws Exception {
        assertThat(CommandRun.of(notice(), "--by-unit", "--format", "xlsx", "-o", tmp.resolve("l") + "/",
                "--sheet-per-notice").exit()).isEqualTo(2);
    }

    @Test
    void noBomAppliesToCsvLedgers() throws Exception {
        assertThat(CommandRun.of("-q", notice(), "--by-unit", "-o", tmp.resolve("ledgers") + "/", "--no-bom")
                .exit()).isZero();
    }
}

package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter out = new StringWriter();
    private final PrintWriter err = new PrintWriter(out, true);

    @Test
    void aTerminalGetsABarRedrawnInPlaceAndClearedForMessagesAndAtTheEnd() {
        Progress bar = Progress.of(err, false, true, Duration.ofSeconds(5));
        bar.start(2);
        bar.advance();
        bar.message("plan-extract: failed: a.txt [READ] the file is empty");
        bar.advance();
        bar.finish();

        String s = out.toString();
        assertThat(s).contains("\r[###############...............] 1/2", "files/s", "ETA");
        assertThat(s).contains("\r\033[Kplan-extract: failed: a.txt [READ] the file is empty\n");
        assertThat(s).contains("2/2").endsWith("\r\033[K");
    }

    @Test
    void elsewherePlainLinesAtTheIntervalAndNoCarriageReturns() {
        Progress lines = Progress.of(err, false, false, Duration.ZERO);
        lines.start(3);
        lines.advance();
        lines.advance();
        lines.advance();
        lines.finish();

        assertThat(out.toString()).doesNotContain("\r").contains("plan-extract: 1/3 files (33%)",
                "plan-extract: 2/3 files (66%)");
    }

    @Test
    void quietShowsOnlyMessages() {
        Progress quiet = Progress.of(err, true, true, Duration.ZERO);
        quiet.start(1);
        quiet.message("plan-extract: failed: x");
        quiet.advance();
        quiet.finish();

        assertThat(out.toString()).isEqualTo("plan-extract: failed: x" + System.lineSeparator());
    }
}

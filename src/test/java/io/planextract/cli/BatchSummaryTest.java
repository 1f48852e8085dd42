package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
    @Test
    void theSummaryNamesTheFirstFilesWithWarningsAndCountsTheRest() {
        BatchSummary s = new BatchSummary(9, 9, 5, 0, 0, 120, Duration.ofSeconds(2),
                List.of("a.txt", "b.docx", "c.html"));
        assertThat(s.line()).endsWith("; warnings in a.txt, b.docx, c.html and 2 more");
    }

    @Test
    void withoutWarningsNoFileIsNamed() {
        BatchSummary s = new BatchSummary(2, 2, 0, 0, 0, 10, Duration.ofSeconds(1));
        assertThat(s.line()).doesNotContain("warnings in");
    }
}

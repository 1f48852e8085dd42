package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.bench.HostileFigures;
import io.planextract.read.docx.DocxReader;
import io.planextract.read.html.HtmlReader;
import io.planextract.read.text.TextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The per-format bounds that keep one input's peak heap within docs/limits.md. */
class MemoryLimitsTest {

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/samples", name));
    }

    @Test
    void textLargerThanTheTextLimitIsRefusedBeforeItIsDecoded() {
        byte[] text = new byte[(int) TextReader.MAX_TEXT_BYTES + 1];
        Arrays.fill(text, (byte) 'a');

        assertThatThrownBy(() -> new TextReader().read(text, ReadLimits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("reads text up to 16 MB");
    }

    @Test
    void aPageLargerThanThePageLimitIsRefused() {
        byte[] page = new byte[(int) HtmlReader.MAX_PAGE_BYTES + 1];
        Arrays.fill(page, (byte) ' ');

        assertThatThrownBy(() -> new HtmlReader().read(page, ReadLimits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("reads HTML pages up to 32 MB");
    }

    @Test
    void aDocxInflatingBeyondItsBudgetIsRefused() throws Exception {
        // 70 MB inflated from a file of well under 1 MB: more than its size plus the 64 MB allowed for text.
        byte[] docx = HostileFigures.nearRatioDocx(sample("wenshang-2025-task-breakdown.docx"), 2, 35 << 20);

        assertThatThrownBy(() -> new DocxReader().read(docx, ReadLimits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("inflates to more than");
    }

    @Test
    void aDocxWithinItsBudgetIsRead() throws Exception {
        byte[] docx = HostileFigures.nearRatioDocx(sample("wenshang-2025-task-breakdown.docx"), 1, 20 << 20);

        assertThat(new DocxReader().read(docx, ReadLimits.DEFAULT).blocks()).isNotEmpty();
    }
}

package io.planextract.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.planextract.doc.Document;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Huge row and column spans cost what the page costs, not the square of it. */
class HtmlSpanBombTest {
    /** Generous: the layout takes milliseconds; only the quadratic grid of old (20 s, 4.8 GB) comes near. */
    private static final Duration CEILING = Duration.ofSeconds(60);

    private static byte[] page(int rows, String cell) {
        StringBuilder sb = new StringBuilder("<html><body><table>");
        for (int r = 0; r < rows; r++) {
            sb.append("<tr>").append(cell).append("</tr>");
        }
        return sb.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rowsOfMaximalSpansAreRefusedAsTooWideWithoutLayingOutTheSquare() {
        byte[] bomb = page(8000, "<td rowspan=65534 colspan=1000>x</td>");

        assertTimeoutPreemptively(CEILING, () -> assertThatThrownBy(
                () -> new HtmlReader().read(bomb, ReadLimits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("columns"));
    }

    @Test
    void aSectionRowWiderThanTheTableIsStillClippedToIt() throws ReadException {
        String html = "<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>"
                + "<tr><td colspan=1000>一、重点任务</td></tr>"
                + "<tr><td>1</td><td>做好工作</td><td>区财政局</td></tr></table>";

        Document doc = new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);

        assertThat(doc.blocks()).isNotEmpty();
        assertThat(doc.toString()).contains("一、重点任务");
    }
}

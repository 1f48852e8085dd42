package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.PlanExtractor;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.model.NoticeResult;
import io.planextract.write.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No output carries a NUL or half a surrogate pair; a warning says they were there. */
class StrictTextTest {
    @Test
    void loneSurrogatesAndNulsAreReplacedOrRemovedWithAWarning() {
        Document doc = new Document(Format.TEXT, List.of(new Paragraph("区\uD800财政\u0000局", 1),
                new Paragraph("𠀀 is a pair", 2)));

        Document clean = StrictText.clean(doc);

        assertThat(((Paragraph) clean.blocks().get(0)).text()).isEqualTo("区\uFFFD财政局");
        assertThat(clean.blocks().get(1)).isSameAs(doc.blocks().get(1));
        assertThat(clean.warnings()).extracting(w -> w.code()).containsExactly("invalid-characters");
    }

    @Test
    void aCleanDocumentIsLeftAsItIs() {
        Document doc = new Document(Format.TEXT, List.of(new Paragraph("区财政局", 1)));

        assertThat(StrictText.clean(doc)).isSameAs(doc);
    }

    @Test
    void theJsonOfAPageWithSuchCharactersIsStrictUtf8() throws Exception {
        String html = "<html><body><p>关于印发工作要点的通知</p><table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>"
                + "<tr><td>1</td><td>做好&#xD800;工作&#0;\u0000</td><td>区财政局</td></tr></table></body></html>";
        NoticeResult result = new PlanExtractor().convert(html.getBytes(StandardCharsets.UTF_8), "a.html");
        assertThat(result.warnings()).extracting(w -> w.code()).contains("invalid-characters");
        byte[] json = Json.mapper().writeValueAsBytes(result);

        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(json)).toString();
        assertThat(text).doesNotContain("\\u0000").doesNotContain("\\uD800").doesNotContain("\\ud800");
    }
}

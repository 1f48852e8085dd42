package io.planextract.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.PlanExtractor;
import io.planextract.write.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A copy of a sample in another encoding or with Windows line ends gives the same output as the UTF-8 one. */
class TextDecoderSamplesTest {

    static Stream<String> samples() {
        return Stream.of("linzi-2025-key-points.txt", "zhoucun-2025-task-breakdown.txt",
                "wenshang-2025-task-breakdown.txt");
    }

    private static JsonNode output(byte[] content) throws Exception {
        ObjectNode node = Json.mapper().valueToTree(new PlanExtractor().convert(content, "sample.txt"));
        node.remove("source");
        return node;
    }

    private static byte[] withMark(byte[] mark, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mark);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sameOutputWhateverTheEncoding(String sample) throws Exception {
        byte[] utf8 = Files.readAllBytes(Path.of(getClass().getResource("/samples/" + sample).toURI()));
        String text = new String(utf8, StandardCharsets.UTF_8);
        JsonNode expected = output(utf8);
        assertThat(expected.path("tasks").size()).isPositive();

        assertThat(output(text.getBytes(Charset.forName("GB18030")))).as("GB18030").isEqualTo(expected);
        assertThat(output(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))))
                .as("UTF-16LE with mark").isEqualTo(expected);
        assertThat(output(text.getBytes(StandardCharsets.UTF_16))).as("UTF-16BE with mark").isEqualTo(expected);
        assertThat(output(text.getBytes(StandardCharsets.UTF_16LE))).as("UTF-16LE without mark").isEqualTo(expected);
        assertThat(output(text.getBytes(StandardCharsets.UTF_16BE))).as("UTF-16BE without mark").isEqualTo(expected);
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        assertThat(output(crlf.getBytes(StandardCharsets.UTF_8))).as("CRLF").isEqualTo(expected);
        assertThat(output(crlf.getBytes(Charset.forName("GB18030")))).as("CRLF GB18030").isEqualTo(expected);
        assertThat(output(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)))
                .as("UTF-8 with mark").isEqualTo(expected);
    }
}

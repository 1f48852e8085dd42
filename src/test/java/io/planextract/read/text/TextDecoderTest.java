package io.planextract.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.read.ReadException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String NOTICE = "临淄区人民政府办公室\n关于印发2025年临淄区政务公开工作要点的通知\n"
            + "（一）优化主动公开机制。〔责任单位：区政府各部门、单位，各镇（街道）〕\n2025年6月26日\n";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8WithAndWithoutMark() throws ReadException {
        byte[] utf8 = NOTICE.getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(utf8)).isEqualTo(NOTICE);
        assertThat(TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), utf8))).isEqualTo(NOTICE);
    }

    @Test
    void utf16WithMark() throws ReadException {
        assertThat(TextDecoder.decode(concat(bytes(0xFF, 0xFE), NOTICE.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(NOTICE);
        assertThat(TextDecoder.decode(concat(bytes(0xFE, 0xFF), NOTICE.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(NOTICE);
        // Java's "UTF-16" writes a big-endian mark itself.
        assertThat(TextDecoder.decode(NOTICE.getBytes(StandardCharsets.UTF_16))).isEqualTo(NOTICE);
    }

    @Test
    void utf16WithoutMarkIsRecognisedNotRefusedAsBinary() throws ReadException {
        assertThat(TextDecoder.decode(NOTICE.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(NOTICE);
        assertThat(TextDecoder.decode(NOTICE.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(NOTICE);
    }

    @Test
    void utf16WithoutMarkAndWithoutAsciiIsRecognisedToo() throws ReadException {
        String cjk = "临淄区人民政府办公室关于印发政务公开工作要点的通知责任单位区政府各部门单位各镇街道";
        assertThat(TextDecoder.decode(cjk.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(cjk);
        assertThat(TextDecoder.decode(cjk.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(cjk);
    }

    @Test
    void chineseLegacyEncodingsWithoutBeingTold() throws ReadException {
        for (String name : new String[] {"GB18030", "GBK", "GB2312"}) {
            byte[] encoded = NOTICE.getBytes(Charset.forName(name));
            assertThat(TextDecoder.decode(encoded)).as(name).isEqualTo(NOTICE);
        }
    }

    @Test
    void shortGbkTextFallsBackToGb18030() throws ReadException {
        assertThat(TextDecoder.decode("责任单位".getBytes(Charset.forName("GBK")))).isEqualTo("责任单位");
    }

    @Test
    void big5WhenTheDetectorSeesIt() throws ReadException {
        String traditional = "臨淄區人民政府辦公室關於印發政務公開工作要點的通知。責任單位：區政府各部門、單位，各鎮（街道）。"
                + "牽頭單位：區司法局。完成時限：長期堅持。";
        String repeated = traditional.repeat(4);
        assertThat(TextDecoder.decode(repeated.getBytes(Charset.forName("Big5")))).isEqualTo(repeated);
    }

    @Test
    void windowsAndOldMacLineEndsBecomeNewLines() throws ReadException {
        String crlf = NOTICE.replace("\n", "\r\n");
        assertThat(TextDecoder.decode(crlf.getBytes(StandardCharsets.UTF_8))).isEqualTo(NOTICE);
        assertThat(TextDecoder.decode(crlf.getBytes(Charset.forName("GB18030")))).isEqualTo(NOTICE);
        assertThat(TextDecoder.decode(NOTICE.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(NOTICE);
    }

    @Test
    void binaryIsRefusedWithAClearMessage() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0);
        assertThatThrownBy(() -> TextDecoder.decode(png)).isInstanceOf(ReadException.class)
                .hasMessageContaining("not a text file");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThatThrownBy(() -> TextDecoder.decode(noise)).isInstanceOf(ReadException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void emptyInputIsEmptyText() throws ReadException {
        assertThat(TextDecoder.decode(new byte[0])).isEmpty();
    }

    @Test
    void utf8WithABrokenByteAtTheEndStaysUtf8AndSaysSo() throws ReadException {
        byte[] utf8 = concat(NOTICE.getBytes(StandardCharsets.UTF_8), bytes(0xE5, 0x8A));

        TextDecoder.Decoded decoded = TextDecoder.decodeDetailed(utf8);

        assertThat(decoded.encoding()).isEqualTo("UTF-8");
        assertThat(decoded.text()).startsWith(NOTICE);
        assertThat(decoded.doubt()).contains("UTF-8").contains("not valid");
    }

    @Test
    void gbkTextIsNotTakenForBrokenUtf8() throws ReadException {
        TextDecoder.Decoded decoded = TextDecoder.decodeDetailed(NOTICE.getBytes(Charset.forName("GBK")));

        assertThat(decoded.text()).isEqualTo(NOTICE);
        assertThat(decoded.encoding()).isEqualTo("GB18030");
    }

    @Test
    void binaryDataAfterTheFirst8KbIsRefused() {
        byte[] text = NOTICE.repeat(200).getBytes(StandardCharsets.UTF_8); // about 30 KB
        byte[] tail = new byte[4096];
        new java.util.Random(7).nextBytes(tail);

        assertThatThrownBy(() -> TextDecoder.decode(concat(text, tail))).isInstanceOf(ReadException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    void binaryDataAfterAByteOrderMarkIsRefused() {
        byte[] junk = new byte[4096];
        new java.util.Random(11).nextBytes(junk);

        assertThatThrownBy(() -> TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), junk)))
                .isInstanceOf(ReadException.class).hasMessageContaining("binary data");
        assertThatThrownBy(() -> TextDecoder.decode(concat(bytes(0xFF, 0xFE), junk)))
                .isInstanceOf(ReadException.class).hasMessageContaining("binary data");
    }

    @Test
    void nulPaddingAtTheEndIsNotBinaryData() throws ReadException {
        byte[] padded = concat(NOTICE.repeat(100).getBytes(StandardCharsets.UTF_8), new byte[64]);

        assertThat(TextDecoder.decode(padded)).isEqualTo(NOTICE.repeat(100));
    }
}

package io.planextract.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {
    @Test
    void gbFamilyDecodesAsGb18030() {
        assertThat(HtmlCharset.forName("GB2312")).isEqualTo(HtmlCharset.GB18030);
        assertThat(HtmlCharset.forName("gbk")).isEqualTo(HtmlCharset.GB18030);
        assertThat(HtmlCharset.forName("no-such-charset")).isNull();
    }

    @Test
    void metaCharsetAndHttpEquivAreBothRead() {
        assertThat(HtmlCharset.declared("<meta charset=\"gbk\">".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(HtmlCharset.GB18030);
        assertThat(HtmlCharset.declared(
                "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=utf-8'>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void pageLabelledUtf8ButWrittenInGbkIsDetected() {
        String text = "<meta charset=utf-8><p>各镇政府、街道办事处，周村经济开发区管委会，区政府各部门，有关单位：</p>";
        String decoded = HtmlCharset.decode(text.getBytes(Charset.forName("GBK")));
        assertThat(decoded).contains("各镇政府、街道办事处，周村经济开发区管委会");
    }

    @Test
    void gb18030CharactersBeyondGbkSurvive() {
        String text = "<meta charset=gb2312><p>䶮</p>";
        assertThat(HtmlCharset.decode(text.getBytes(HtmlCharset.GB18030))).contains("䶮");
    }
}

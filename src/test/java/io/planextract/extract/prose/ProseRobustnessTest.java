package io.planextract.extract.prose;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.planextract.read.ReadLimits;
import io.planextract.read.text.TextReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd bracket runs, labels and pipes never crash the prose reader or the pasted-text reader. */
class ProseRobustnessTest {
    private static final String[] PIECES = {"（", "）", "〔", "〕", "【", "】", "[", "]", "(", ")", "。", "；", "责任单位：",
        "牵头单位：", "完成时限：", "區財政局", "区政府各部门、单位", "各镇（街道）", "牵头", "加强公开", "1.", "（一）", "一、",
        "|", "\t", "\n", "12月底前", "序号", "工作任务", "责任单位", " ", "\"", "、", "，"};

    @Test
    void randomTextNeverCrashes() {
        Random random = new Random(20250626);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<ProseTasks.Para> paras = new ArrayList<>();
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                paras.add(new ProseTasks.Para(lines[i].strip(), i + 1, i + 1));
            }
            assertThatCode(() -> ProseTasks.extract(paras, 2025)).as(text).doesNotThrowAnyException();
            assertThatCode(() -> ResponsibilityMarker.scan(text)).as(text).doesNotThrowAnyException();
            assertThatCode(() -> new TextReader().read(text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT))
                    .as(text).doesNotThrowAnyException();
        }
    }
}

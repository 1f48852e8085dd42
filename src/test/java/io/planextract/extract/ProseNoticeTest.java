package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.model.NoticeResult;
import io.planextract.model.Source;
import io.planextract.model.Warning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prose hook of {@link NoticeExtractor}: used only where no task table was found. */
class ProseNoticeTest {
    private static NoticeResult extract(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            blocks.add(new Paragraph(lines[i], i + 1));
        }
        return NoticeExtractor.extract(new Document(Format.TEXT, blocks), new Source("x.txt", "text", "0"));
    }

    @Test
    void proseTasksWithoutTheNoTableWarning() {
        NoticeResult r = extract("2025年某区政务公开工作要点", "一、总体要求",
                "（一）优化机制。完善目录。（责任单位：区政府办公室）", "（二）规范办理。畅通渠道。〔区政府各部门、单位，各镇（街道）〕");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks()).extracting(t -> t.id()).containsExactly(1, 2);
        assertThat(r.tasks().get(0).origin().paragraph()).isEqualTo(3);
        assertThat(r.tasks().get(0).origin().line()).isEqualTo(3);
        assertThat(r.warnings()).extracting(Warning::code).doesNotContain("no-task-table");
    }

    @Test
    void noTableAndNoProseTasksKeepsTheWarning() {
        NoticeResult r = extract("关于做好某项工作的通知", "各单位：", "请认真贯彻执行。");
        assertThat(r.tasks()).isEmpty();
        assertThat(r.warnings()).extracting(Warning::code).contains("no-task-table");
    }
}

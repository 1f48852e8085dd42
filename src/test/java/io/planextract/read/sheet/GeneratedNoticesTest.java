package io.planextract.read.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.PlanExtractor;
import io.planextract.bench.NoticeFactory;
import io.planextract.bench.NoticeRenderer;
import io.planextract.bench.NoticeSpec;
import io.planextract.model.NoticeResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's made-up notices as a workbook give what the same notices give as DOCX (all their layouts). */
class GeneratedNoticesTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aWorkbookGivesTheTasksOfTheSameNoticeAsDocx(long seed) throws Exception {
        NoticeSpec spec = new NoticeFactory(seed).notice(12);
        PlanExtractor extractor = new PlanExtractor();
        NoticeResult docx = extractor.convert(NoticeRenderer.docx(spec), "notice.docx");
        NoticeResult xlsx = extractor.convert(NoticeRenderer.xlsx(spec), "notice.xlsx");
        assertThat(xlsx.tasks()).hasSize(12).isEqualTo(docx.tasks());
        assertThat(xlsx.notice()).isEqualTo(docx.notice());
        assertThat(xlsx.tables()).isEqualTo(docx.tables());
    }
}

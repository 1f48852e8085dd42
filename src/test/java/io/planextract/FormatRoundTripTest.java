package io.planextract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same notice as a text dump, DOCX, HTML, DOC and workbook (XLSX, XLS: made by scripts/make-fixtures-xlsx.sh)
 * gives the same notice fields, tables and tasks.
 */
class FormatRoundTripTest {
    /** What a task says, leaving out where it was read from (lines exist only in text). */
    private record Said(Integer seq, String section, Integer sectionNo, String task, Integer taskNo,
            String requirement, String leadText, String responsibleText, List<String> lead,
            List<String> responsible, Object scopes, Object deadline) {
        static Said of(Task t) {
            return new Said(t.seq(), t.section(), t.sectionNo(), t.task(), t.taskNo(), t.requirement(), t.leadText(),
                    t.responsibleText(), t.lead(), t.responsible(), t.scopes(), t.deadline());
        }
    }

    private static NoticeResult read(String path) throws Exception {
        return PlanExtractor.extract(Path.of(FormatRoundTripTest.class.getResource("/samples/" + path).toURI()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhoucun-2025-task-breakdown", "wenshang-2025-task-breakdown"})
    void everyFormatGivesTheSameTasks(String notice) throws Exception {
        NoticeResult text = read(notice + ".txt");
        List<Said> expected = text.tasks().stream().map(Said::of).toList();
        assertThat(expected).isNotEmpty();
        for (String other : List.of(notice + ".docx", notice + ".html", "doc/" + notice + ".doc",
                "xlsx/" + notice + ".xlsx", "xls/" + notice + ".xls")) {
            NoticeResult r = read(other);
            assertThat(r.tasks().stream().map(Said::of).toList()).as(other).isEqualTo(expected);
            assertThat(r.notice()).as(other).isEqualTo(text.notice());
            assertThat(r.tables()).as(other).isEqualTo(text.tables());
        }
    }
}

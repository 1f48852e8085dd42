package io.planextract.read.sheet;

import static io.planextract.read.sheet.Workbooks.merge;
import static io.planextract.read.sheet.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.PlanExtractor;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.read.sheet.Workbooks.Kind;
import io.planextract.write.InheritedFrom;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A workbook written the way offices write them (issue 14's acceptance): a title merged across, a two-row header,
 * merged task and lead cells, a hidden column, a note under the table.
 */
class OfficeWorkbookTest {
    private static byte[] workbook(Kind kind) {
        return kind.make(wb -> {
            Sheet s = wb.createSheet("2025年任务");
            rows(s, 0,
                    "2025年重点工作任务分解表",
                    "序号|工作任务|工作要求|责任单位||内部备注|完成时限",
                    "|||牵头单位|配合单位||",
                    "1|一、推进项目建设|开工十个项目|区发改局|区财政局|已核|2025年6月底前",
                    "2||竣工五个项目||区住建局|待核|2025年12月底前",
                    "3|二、优化营商环境|压减审批时限|区行政审批局|区司法局||长期坚持",
                    "注：完成时限为最迟时间，可提前完成。");
            merge(s, "A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "B4:B5", "D4:D5", "A7:G7");
            s.setColumnHidden(5, true);
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsLikeTheSameTableInWord(Kind kind) throws Exception {
        NoticeResult r = new PlanExtractor().convert(workbook(kind), "任务分解表." + kind.name().toLowerCase());

        assertThat(r.tables()).hasSize(1);
        assertThat(r.tables().get(0).title()).isEqualTo("2025年重点工作任务分解表");
        assertThat(r.tables().get(0).header()).doesNotContain("内部备注");
        assertThat(r.tasks()).extracting(Task::requirement).containsExactly("开工十个项目", "竣工五个项目", "压减审批时限");
        assertThat(r.tasks()).extracting(Task::lead).containsExactly(java.util.List.of("区发改局"),
                java.util.List.of("区发改局"), java.util.List.of("区行政审批局"));
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(java.util.List.of("区财政局"),
                java.util.List.of("区住建局"), java.util.List.of("区司法局"));
        assertThat(r.tasks().get(1).deadline().date()).hasToString("2025-12-31");
        assertThat(r.tasks()).allSatisfy(t -> assertThat(t.extra()).doesNotContainKey("内部备注"));

        Task second = r.tasks().get(1);
        assertThat(second.inherited()).containsExactlyInAnyOrder("task", "lead");
        InheritedFrom from = new InheritedFrom(r.tasks());
        assertThat(from.sourceOf(second, "lead")).isSameAs(r.tasks().get(0));
        assertThat(from.sourceOf(second, "task")).isSameAs(r.tasks().get(0));

        assertThat(r.warnings()).extracting(Warning::code).contains("hidden-columns");
        assertThat(r.warnings()).filteredOn(w -> w.code().equals("hidden-columns")).extracting(Warning::message)
                .containsExactly("工作表“2025年任务”隐藏的F列有内容，未读取");
    }
}

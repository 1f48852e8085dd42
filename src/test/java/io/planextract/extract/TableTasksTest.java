package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.grammar.DocumentNotes;
import io.planextract.model.Task;
import io.planextract.table.Column;
import io.planextract.table.ColumnRole;
import io.planextract.table.Header;
import io.planextract.table.HeaderLabels;
import io.planextract.table.TableReading;
import io.planextract.table.TaskRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RULES §9: a first-is-lead note before a table or in its header makes each row's first unit the lead. */
class TableTasksTest {
    private static TableReading table(String responsibleLabel) {
        Header header = new Header(List.of(new Column(ColumnRole.TASK, "工作任务"),
                new Column(ColumnRole.RESPONSIBLE, responsibleLabel)), List.of("工作任务", responsibleLabel), 1);
        TaskRow row = new TaskRow(1, 0, null, null, "推进预算绩效管理", null, null, "区财政局、区审计局", null,
                Map.of(), List.of());
        return new TableReading(header, List.of(row), List.of());
    }

    @Test
    void noteInTheHeaderMakesTheFirstUnitLead() {
        String label = "责任单位（排在第一位的为牵头单位）";
        assertThat(HeaderLabels.classify(label)).isEqualTo(ColumnRole.RESPONSIBLE);
        Task t = TableTasks.of(table(label), 1, 2025, DocumentNotes.NONE).get(0);
        assertThat(t.lead()).containsExactly("区财政局");
        assertThat(t.responsible()).containsExactly("区审计局");
    }

    @Test
    void noteBeforeTheTableDoesTheSame() {
        Task t = TableTasks.of(table("责任单位"), 1, 2025, DocumentNotes.FIRST_IS_LEAD).get(0);
        assertThat(t.lead()).containsExactly("区财政局");
    }

    @Test
    void withoutANoteAllAreResponsible() {
        Task t = TableTasks.of(table("责任单位"), 1, 2025, DocumentNotes.NONE).get(0);
        assertThat(t.lead()).isEmpty();
        assertThat(t.responsible()).containsExactly("区财政局", "区审计局");
    }
}

package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingChoiceTest {
    private static Task task(String requirement, String responsible, int line) {
        return TaskFactory.build(new TaskFactory.Texts(null, null, null, requirement, null, responsible, null,
                Map.of(), List.of(), Origin.ofLine(line)), 2025);
    }

    @Test
    void aTableThatAssignsLessThanTheProseOfTheSameLinesLoses() {
        List<Task> table = List.of(task("地区生产总值增长7%。牵头单位", null, 3));
        List<Task> prose = List.of(task("地区生产总值增长7%。", "县发改局", 3), task("粮食稳产。", "县农业农村局", 6));

        ReadingChoice.Choice choice = ReadingChoice.choose(table, prose, List.of());

        assertThat(choice.prose()).isTrue();
        assertThat(choice.tasks()).extracting(Task::requirement).containsExactly("地区生产总值增长7%。", "粮食稳产。");
        assertThat(choice.warnings()).extracting(Warning::code).containsExactly("table-reading-discarded");
    }

    @Test
    void onATieTheTableWins() {
        List<Task> table = List.of(task("甲。", "县发改局", 3));
        List<Task> prose = List.of(task("甲。", "县发改局", 3));

        ReadingChoice.Choice choice = ReadingChoice.choose(table, prose, List.of());

        assertThat(choice.prose()).isFalse();
        assertThat(choice.warnings()).isEmpty();
    }

    @Test
    void assignedProseBesideAWinningTableIsNamedNotDropped() {
        List<Task> table = List.of(task("甲。", "县发改局", 9), task("乙。", "县财政局", 10));
        List<Task> outside = List.of(task("丙。", "县教体局", 2));

        ReadingChoice.Choice choice = ReadingChoice.choose(table, outside, outside);

        assertThat(choice.prose()).isFalse();
        assertThat(choice.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("prose-tasks-beside-table");
            assertThat(w.origin()).isEqualTo(Origin.ofLine(2));
        });
    }
}

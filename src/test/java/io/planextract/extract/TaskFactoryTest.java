package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Origin;
import io.planextract.model.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskFactoryTest {
    private static Task build(String lead, String responsible) {
        return TaskFactory.build(new TaskFactory.Texts(null, null, "任务", null, lead, responsible, null, Map.of(),
                List.of(), Origin.none()), 2023);
    }

    @Test
    void aUnitMarkedWithATriangleLeads() {
        Task t = build(null, "▲发改局、各部门、各镇乡（街道）");
        assertThat(t.lead()).containsExactly("发改局");
        assertThat(t.responsible()).containsExactly("各部门", "各镇乡（街道）");
    }

    @Test
    void theMarkGoesFromALeadColumnToo() {
        Task t = build("★区财政局", "区税务局");
        assertThat(t.lead()).containsExactly("区财政局");
        assertThat(t.responsible()).containsExactly("区税务局");
    }
}

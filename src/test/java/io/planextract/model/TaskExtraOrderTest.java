package io.planextract.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extra columns of a task come out in the same order on every run. */
class TaskExtraOrderTest {
    private static Task task(Map<String, String> extra) {
        return new Task(1, 1, null, null, "任务", null, null, null, null, List.of(), List.of(), List.of(), null,
                extra, List.of(), Origin.none());
    }

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String label : List.of("备注", "资金", "进度", "联系人", "电话", "目标", "依据", "层级", "类别", "附件")) {
            m.put(label, label + "值");
        }
        return m;
    }

    @Test
    void anUnorderedMapIsSortedByLabel() {
        // Map.copyOf iterates in an order salted per JVM run.
        Task t = task(Map.copyOf(columns()));

        assertThat(List.copyOf(t.extra().keySet())).isSorted();
    }

    @Test
    void columnOrderIsKeptWhenGivenAndThroughWithId() {
        Task t = task(columns());

        assertThat(List.copyOf(t.extra().keySet())).isEqualTo(List.copyOf(columns().keySet()));
        assertThat(List.copyOf(t.withId(5).extra().keySet())).isEqualTo(List.copyOf(columns().keySet()));
    }
}

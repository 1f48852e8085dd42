package io.planextract.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES §2, §9: header labels take their roles from the grammar's role words. */
class HeaderLabelsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "牵头责任单位, LEAD", "主办单位, LEAD", "牵头单位（部门）, LEAD", "牽頭單位, LEAD",
        "协同责任单位, RESPONSIBLE", "主要协作单位, RESPONSIBLE", "负责科室, RESPONSIBLE", "负责处室, RESPONSIBLE",
        "责任主体, RESPONSIBLE", "承办单位, RESPONSIBLE", "协办单位, RESPONSIBLE", "實施部門, RESPONSIBLE",
        "工作任务安排, REQUIREMENT", "进度安排, DEADLINE", "时间安排, DEADLINE", "2023年重点工作任务, TASK",
        "2023年10-12月份进展情况, EXTRA", "20224年1-3月份进度安排, EXTRA", "第二季度完成情况, EXTRA", "工作评价, EXTRA"
    })
    void roleWords(String label, ColumnRole role) {
        assertThat(HeaderLabels.classify(label)).isEqualTo(role);
    }

    @ParameterizedTest
    @ValueSource(strings = {"责任领导", "分管领导", "牵头负责领导", "主管市领导", "责任人", "联系人", "备注", "当前进度",
        "1-11月推进情况", "完成情况"})
    void peopleProgressAndRemarksAreHeaderWordsKeptUnderExtra(String label) {
        assertThat(HeaderLabels.classify(label)).isEqualTo(ColumnRole.EXTRA);
    }

    @Test
    void aWordThatIsNoHeaderLabelHasNoRole() {
        assertThat(HeaderLabels.classify("栏目")).isNull();
    }

    @Test
    void supportColumnsYieldTheLead() {
        assertThat(HeaderLabels.isAssisting("协同责任单位")).isTrue();
        assertThat(HeaderLabels.isAssisting("主要协作单位")).isTrue();
        assertThat(HeaderLabels.isAssisting("责任单位")).isFalse();
    }
}

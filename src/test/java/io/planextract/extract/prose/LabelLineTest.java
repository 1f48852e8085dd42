package io.planextract.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.extract.prose.LabelLine.Kind;
import org.junit.jupiter.api.Test;

class LabelLineTest {

    private static Kind kind(String paragraph) {
        LabelLine.Label l = LabelLine.of(paragraph);
        return l == null ? null : l.kind();
    }

    @Test
    void roleLabelsComposedFromTheirParts() {
        assertThat(kind("牵头单位")).isEqualTo(Kind.LEAD);
        assertThat(kind("牵头责任单位：")).isEqualTo(Kind.LEAD);
        assertThat(kind("主办单位")).isEqualTo(Kind.LEAD);
        assertThat(kind("责任单位")).isEqualTo(Kind.RESPONSIBLE);
        assertThat(kind("主要责任单位")).isEqualTo(Kind.RESPONSIBLE);
        assertThat(kind("承办单位")).isEqualTo(Kind.RESPONSIBLE);
        assertThat(kind("责任主体")).isEqualTo(Kind.RESPONSIBLE);
        assertThat(kind("协同责任单位")).isEqualTo(Kind.ASSISTING);
        assertThat(kind("主要协作单位")).isEqualTo(Kind.ASSISTING);
        assertThat(kind("配合部门（单位）")).isEqualTo(Kind.ASSISTING);
        assertThat(kind("牽頭單位")).isEqualTo(Kind.LEAD);
    }

    @Test
    void valueOnTheSameLine() {
        LabelLine.Label l = LabelLine.of("配合单位: 县财政局、城关镇");
        assertThat(l.kind()).isEqualTo(Kind.ASSISTING);
        assertThat(l.value()).isEqualTo("县财政局、城关镇");
        assertThat(l.asMarker(l.value())).isEqualTo("配合单位：县财政局、城关镇");
    }

    @Test
    void recordLabelsAndPeople() {
        assertThat(kind("工作任务")).isEqualTo(Kind.TASK);
        assertThat(kind("工作任務")).isEqualTo(Kind.TASK);
        assertThat(kind("具体措施")).isEqualTo(Kind.REQUIREMENT);
        assertThat(kind("完成时限")).isEqualTo(Kind.DEADLINE);
        assertThat(kind("分管领导：王某")).isEqualTo(Kind.PERSON);
        assertThat(kind("牵头负责领导")).isEqualTo(Kind.PERSON);
        assertThat(kind("联系人")).isEqualTo(Kind.PERSON);
    }

    @Test
    void textIsNoLabel() {
        assertThat(kind("县住建局")).isNull();
        assertThat(kind("单位")).isNull();
        assertThat(kind("各单位要高度重视，确保任务落实。")).isNull();
        assertThat(kind("责任单位要压实责任：加强督查")).isNull();
    }
}

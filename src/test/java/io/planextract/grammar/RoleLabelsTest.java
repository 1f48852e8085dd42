package io.planextract.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §9: role labels composed from qualifier, 责任 and head; person labels; deadline labels. */
class RoleLabelsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "牵头单位, LEAD", "牵头部门, LEAD", "牵头科室, LEAD", "牵头责任单位, LEAD", "主办单位, LEAD", "主责部门, LEAD",
        "牽頭單位, LEAD",
        "责任单位, RESPONSIBLE", "主要责任单位, RESPONSIBLE", "责任主体, RESPONSIBLE", "主体单位, RESPONSIBLE",
        "承办单位, RESPONSIBLE", "负责科室, RESPONSIBLE", "负责处室, RESPONSIBLE", "責任單位, RESPONSIBLE",
        "配合单位, SUPPORT", "协同责任单位, SUPPORT", "主要协作单位, SUPPORT", "协办单位, SUPPORT", "参与部门, SUPPORT",
        "協辦單位, SUPPORT",
        "领导, PERSON", "分管领导, PERSON", "责任领导, PERSON", "牵头负责领导, PERSON", "主管市领导, PERSON",
        "牵头市领导, PERSON", "责任人, PERSON", "联系人, PERSON", "聯繫人, PERSON",
        "完成时限, DEADLINE", "时间节点, DEADLINE", "整改时限, DEADLINE"
    })
    void classifiesALabelStandingAlone(String label, Role role) {
        assertThat(RoleLabels.classify(label)).isEqualTo(role);
    }

    @Test
    void wordsThatAreNoLabel() {
        assertThat(RoleLabels.classify("工作任务")).isNull();
        assertThat(RoleLabels.classify("单位")).isNull();
    }

    @Test
    void labelsInTextNeedAColonAndStandOutsideBrackets() {
        assertThat(RoleLabels.find("牵头单位：区财政局；配合单位：区税务局"))
                .extracting(RoleLabels.Label::role).containsExactly(Role.LEAD, Role.SUPPORT);
        assertThat(RoleLabels.find("“七大会战”牵头部门，区发展改革局")).isEmpty();
        assertThat(RoleLabels.find("区财政局（责任单位：区税务局）")).isEmpty();
        assertThat(RoleLabels.find("各有关单位：")).isEmpty();
    }

    @Test
    void personLabelWinsOverTheLeadQualifierInside() {
        assertThat(RoleLabels.find("牵头负责领导：王某")).extracting(RoleLabels.Label::role)
                .containsExactly(Role.PERSON);
    }

    @Test
    void bracketedQualifierBeforeTheColon() {
        RoleLabels.Label l = RoleLabels.atStart("牵头单位（部门）：区财政局");
        assertThat(l.role()).isEqualTo(Role.LEAD);
        assertThat(l.end()).isEqualTo("牵头单位（部门）：".length());
    }

    @Test
    void supportLabelsYieldTheLead() {
        assertThat(RoleLabels.isSupport("协同责任单位")).isTrue();
        assertThat(RoleLabels.isSupport("责任单位")).isFalse();
    }

    @Test
    void aLineThatIsOnlyALabel() {
        assertThat(RoleLabels.ofLabelLine("牵头单位")).isEqualTo(Role.LEAD);
        assertThat(RoleLabels.ofLabelLine("配合单位：")).isEqualTo(Role.SUPPORT);
        assertThat(RoleLabels.ofLabelLine("完成时限")).isEqualTo(Role.DEADLINE);
        assertThat(RoleLabels.ofLabelLine("责任领导")).isEqualTo(Role.PERSON);
        assertThat(RoleLabels.ofLabelLine("牵头单位：县发改局")).isNull();
        assertThat(RoleLabels.ofLabelLine("县住建局")).isNull();
    }
}

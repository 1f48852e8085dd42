package io.planextract.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Scope;
import org.junit.jupiter.api.Test;

/** RULES §5: the lead inside a responsibility text, labelled parts, scopes. */
class ResponsibilityTest {
    @Test
    void leadWrittenInsideTheCell() {
        Responsibility r = Responsibility.parse("区政府办公室牵头，2025年度政策性文件起草单位具体负责");
        assertThat(r.lead()).containsExactly("区政府办公室");
        assertThat(r.responsible()).containsExactly("2025年度政策性文件起草单位");
    }

    @Test
    void leadWithoutComma() {
        Responsibility r = Responsibility.parse("区司法局牵头有关部门单位");
        assertThat(r.lead()).containsExactly("区司法局");
        assertThat(r.responsible()).containsExactly("有关部门单位");
    }

    @Test
    void leadNounInsideANameIsNotAMarker() {
        Responsibility r = Responsibility.parse("“七大会战”牵头部门，区发展改革局");
        assertThat(r.lead()).isEmpty();
        assertThat(r.responsible()).containsExactly("“七大会战”牵头部门", "区发展改革局");
    }

    @Test
    void labelledParts() {
        Responsibility r = Responsibility.parse("牵头单位：区司法局；责任单位：区政府各部门，各镇（街道）");
        assertThat(r.lead()).containsExactly("区司法局");
        assertThat(r.responsible()).containsExactly("区政府各部门", "各镇（街道）");
    }

    @Test
    void responsibleAndAssistingWithoutLeadMeansResponsibleLeads() {
        Responsibility r = Responsibility.parse("责任单位：区民政局；配合单位：区财政局");
        assertThat(r.lead()).containsExactly("区民政局");
        assertThat(r.responsible()).containsExactly("区财政局");
    }

    @Test
    void everyLineAScopeGivesScopesAndTheirUnion() {
        Responsibility r = Responsibility.parse("区总体预案：区应急局\n专项预案：区应急局、区水利局");
        assertThat(r.scopes()).containsExactly(new Scope("区总体预案", java.util.List.of("区应急局")),
                new Scope("专项预案", java.util.List.of("区应急局", "区水利局")));
        assertThat(r.responsible()).containsExactly("区应急局", "区水利局");
    }

    @Test
    void cellWithLeadAndSupportLabels() {
        Responsibility r = Responsibility.parse("主办单位：区财政局；配合单位：区税务局");
        assertThat(r.lead()).containsExactly("区财政局");
        assertThat(r.responsible()).containsExactly("区税务局");
        assertThat(r.scopes()).isEmpty();
    }

    @Test
    void personPartsAssignNobody() {
        Responsibility r = Responsibility.parse("牵头单位：县发改局\n责任领导：王某");
        assertThat(r.lead()).containsExactly("县发改局");
        assertThat(r.responsible()).isEmpty();
    }

    @Test
    void noteSentenceAfterTheUnitsAddsNoUnit() {
        Responsibility r = Responsibility.parse("市应急局。各县（区）政府落实属地责任，下同。");
        assertThat(r.responsible()).containsExactly("市应急局");
    }

    @Test
    void leadVerbWithItsCompletingVerb() {
        Responsibility r = Responsibility.parse("区财政局牵头负责");
        assertThat(r.lead()).containsExactly("区财政局");
        assertThat(r.responsible()).isEmpty();
    }
}

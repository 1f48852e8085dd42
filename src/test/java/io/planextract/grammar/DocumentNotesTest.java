package io.planextract.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES §9: document-wide notes. */
class DocumentNotesTest {
    @ParameterizedTest
    @ValueSource(strings = {"排名第一位的为牵头单位，下同", "排在第一位的部门为牵头部门", "列第一位的为牵头单位",
        "列第一位的单位为牵头单位", "排名第一的为牵头单位", "排名首位的单位为牵头单位", "第一个单位为牵头单位",
        "排名第一位的為牽頭單位", "列第一位者為牽頭單位", "排在首位的爲牽頭單位", "首位单位为牵头单位",
        "列第一位者为工作牵头单位或汇总单位"})
    void declaresFirstIsLead(String text) {
        assertThat(DocumentNotes.declaresFirstIsLead(text)).isTrue();
    }

    @Test
    void ordinaryTextDeclaresNothing() {
        assertThat(DocumentNotes.declaresFirstIsLead("第一批试点单位由区财政局牵头")).isFalse();
        assertThat(DocumentNotes.declaresFirstIsLead("牵头单位：区财政局")).isFalse();
    }

    @Test
    void onceDeclaredItHoldsToTheEnd() {
        DocumentNotes notes = DocumentNotes.NONE.after("各项任务如下。").after("（排名第一位的为牵头单位，下同）");
        assertThat(notes.firstIsLead()).isTrue();
        assertThat(notes.after("下一段落。").firstIsLead()).isTrue();
        assertThat(DocumentNotes.NONE.after("下一段落。").firstIsLead()).isFalse();
    }

    @Test
    void noteClausesLeaveTheUnits() {
        assertThat(DocumentNotes.withoutNoteClauses("市发改委、市财政局，排名第一位的为牵头单位，下同"))
                .isEqualTo("市发改委、市财政局");
        assertThat(DocumentNotes.withoutNoteClauses("各镇（街道）（含开发区，下同）"))
                .isEqualTo("各镇（街道）（含开发区，下同）");
    }

    @Test
    void aNoteInBracketsGluedToAUnitIsNoUnit() {
        assertThat(DocumentNotes.withoutNoteClauses("县发改局(首位单位为牵头单位,下同)、县财政局"))
                .isEqualTo("县发改局、县财政局");
        assertThat(DocumentNotes.withoutNoteClauses("区民政局（区委社会工委）、区财政局"))
                .isEqualTo("区民政局（区委社会工委）、区财政局");
    }
}

package io.planextract.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RULES §2, §9: who the labelled parts of one text assign. */
class LabelledPartsTest {
    private static LabelledParts.Assignment assign(String text) {
        return LabelledParts.of(text).assign(Brackets::strip);
    }

    @Test
    void noLabelNoParts() {
        assertThat(LabelledParts.of("区财政局、区税务局")).isNull();
    }

    @Test
    void responsibleBesideSupportWithoutLeadLeads() {
        LabelledParts.Assignment a = assign("责任单位：区民政局；配合单位：区财政局");
        assertThat(a.lead()).containsExactly("区民政局；");
        assertThat(a.responsible()).containsExactly("区财政局");
    }

    @Test
    void responsibleBesideALeadStaysResponsible() {
        LabelledParts.Assignment a = assign("牵头单位：区民政局；责任单位：区财政局；配合单位：区税务局");
        assertThat(a.lead()).containsExactly("区民政局；");
        assertThat(a.responsible()).containsExactly("区财政局；", "区税务局");
    }

    @Test
    void peopleGoNowhereAndDeadlinesApart() {
        LabelledParts.Assignment a = assign("牵头单位：县发改局 责任领导：王某 完成时限：6月底前");
        assertThat(a.lead()).containsExactly("县发改局");
        assertThat(a.responsible()).isEmpty();
        assertThat(a.deadline()).containsExactly("6月底前");
    }

    @Test
    void textBeforeTheFirstLabelIsResponsible() {
        LabelledParts parts = LabelledParts.of("区财政局；配合单位：区税务局");
        assertThat(parts.startsWithLabel()).isFalse();
        assertThat(parts.assign(Brackets::strip).lead()).containsExactly("区财政局；");
    }

    @Test
    void aLabelLineMayCarryWordsOfItsOwnBeforeTheRole() {
        LabelledParts p = LabelledParts.of("问题整改责任单位:市科技馆 整改时限:3天");
        LabelledParts.Assignment a = p.assign(v -> v.strip());
        assertThat(p.startsWithLabel()).isTrue();
        assertThat(a.responsible()).containsExactly("市科技馆");
        assertThat(a.deadline()).containsExactly("3天");
        assertThat(a.lead()).isEmpty();
    }

    @Test
    void insideASentenceTheWordsBeforeALabelStayTheSentences() {
        LabelledParts p = LabelledParts.of("完成年度任务。牵头单位：县发改局");
        assertThat(p.before()).isEqualTo("完成年度任务。");
    }

    @Test
    void theOwnWordsOfTheNextLabelStayOutOfTheValueBeforeIt() {
        LabelledParts.Assignment a = LabelledParts.of("项目责任单位:洛克乡、水利局；项目责任人:张海龙；项目实施时间:2026年1月-10月")
                .assign(v -> v.replaceAll("[；;]$", "").strip());
        assertThat(a.responsible()).containsExactly("洛克乡、水利局");
        assertThat(a.deadline()).containsExactly("2026年1月-10月");
    }
}

package io.planextract.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES §9: verb tails after a unit go; the lead verb tells the lead. */
class VerbTailsTest {
    @ParameterizedTest
    @ValueSource(strings = {"区财政局负责", "区财政局按职责分工负责", "区财政局按照职责分工分别负责", "区财政局分别负责",
        "区财政局具体负责", "区财政局牵头负责", "区财政局牵头落实", "区财政局负责落实", "区财政局落实", "区财政局配合",
        "区财政局参与", "区财政局等参与", "区财政局負責", "区财政局等"})
    void tailGoes(String unit) {
        assertThat(VerbTails.strip(unit)).isEqualTo("区财政局");
    }

    @Test
    void aTailAloneStays() {
        assertThat(VerbTails.strip("负责")).isEqualTo("负责");
    }

    @Test
    void leadVerbNotTheNoun() {
        assertThat(VerbTails.leadVerbAt("区司法局牵头，各部门")).isEqualTo(4);
        assertThat(VerbTails.leadVerbAt("区财政局主办，区税务局协办")).isEqualTo(4);
        assertThat(VerbTails.leadVerbAt("“七大会战”牵头部门")).isEqualTo(-1);
        assertThat(VerbTails.leadVerbAt("区财政局牵头责任单位")).isEqualTo(-1);
        assertThat(VerbTails.leadVerbAt("牵头单位")).isEqualTo(-1);
    }

    @Test
    void verbsCompletingTheLeadGo() {
        assertThat(VerbTails.afterLead("区财政局牵头负责，区税务局配合", 4)).isEqualTo("区税务局配合");
        assertThat(VerbTails.afterLead("区财政局牵头落实", 4)).isEmpty();
    }

    @Test
    void canJiaIsAHelpingVerbLikeCanYu() {
        assertThat(VerbTails.strip("国家统计局济宁调查队参加")).isEqualTo("国家统计局济宁调查队");
    }
}

package io.planextract.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberingMarkTest {

    private static NumberingStyle style(String text) {
        NumberingMark m = NumberingMark.opening(text);
        return m == null ? null : m.style();
    }

    @Test
    void eachStyleWithItsNumber() {
        assertThat(NumberingMark.opening("一、主要指标")).isEqualTo(new NumberingMark(NumberingStyle.CHINESE, 1, 0, 2));
        assertThat(NumberingMark.opening("（十二）加强领导").number()).isEqualTo(12);
        assertThat(style("（十二）加强领导")).isEqualTo(NumberingStyle.CHINESE_PAREN);
        assertThat(style("3、推进")).isEqualTo(NumberingStyle.ARABIC_COMMA);
        assertThat(style("3.推进")).isEqualTo(NumberingStyle.ARABIC_DOT);
        assertThat(style("(3)推进")).isEqualTo(NumberingStyle.ARABIC_PAREN);
        assertThat(style("⑶推进")).isEqualTo(NumberingStyle.ARABIC_PAREN);
        assertThat(style("③推进")).isEqualTo(NumberingStyle.CIRCLED);
        assertThat(NumberingMark.opening("③推进").number()).isEqualTo(3);
        assertThat(style("第二部分 重点任务")).isEqualTo(NumberingStyle.CHAPTER);
        assertThat(style("第三条 各单位")).isEqualTo(NumberingStyle.ARTICLE);
    }

    @Test
    void fullWidthAndAsciiPunctuationReadAlike() {
        assertThat(NumberingMark.opening("１２．推进")).isEqualTo(new NumberingMark(NumberingStyle.ARABIC_DOT, 12, 0, 3));
        assertThat(style("1﹒推进")).isEqualTo(NumberingStyle.ARABIC_DOT);
        assertThat(style("（ 2 ）推进")).isEqualTo(NumberingStyle.ARABIC_PAREN);
        assertThat(style("二．推進")).isEqualTo(NumberingStyle.CHINESE);
        assertThat(NumberingMark.opening("1、 坚持标准引领").rest("1、 坚持标准引领")).isEqualTo("坚持标准引领");
    }

    @Test
    void numbersInsideTextAreNoNumbering() {
        assertThat(NumberingMark.opening("1.2万人就业")).isNull();
        assertThat(NumberingMark.opening("2025年工作要点")).isNull();
        assertThat(NumberingMark.opening("（此件公开发布）")).isNull();
        assertThat(NumberingMark.opening("第三方评估")).isNull();
        assertThat(NumberingMark.opening("一是加强领导")).isNull();
        assertThat(NumberingMark.opening("一、")).isNull();
    }

    @Test
    void anItemWhoseTextOpensWithAYearIsNumbered() {
        NumberingMark m = NumberingMark.opening("2.2022年至2024年扩大六税两费适用范围。");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(2);
        assertThat(m.rest("2.2022年至2024年扩大六税两费适用范围。")).startsWith("2022年");
    }

    @Test
    void levelsAndForms() {
        assertThat(NumberingStyle.CHINESE.rank()).isLessThan(NumberingStyle.CHINESE_PAREN.rank());
        assertThat(NumberingStyle.CHINESE_PAREN.rank()).isLessThan(NumberingStyle.ARABIC_DOT.rank());
        assertThat(NumberingStyle.ARABIC_DOT.rank()).isEqualTo(NumberingStyle.ARABIC_COMMA.rank());
        assertThat(NumberingStyle.ARABIC_PAREN.rank()).isLessThan(NumberingStyle.CIRCLED.rank());
        assertThat(NumberingStyle.CHINESE.sameForm(NumberingStyle.ARABIC_COMMA)).isTrue();
        assertThat(NumberingStyle.CHINESE_PAREN.sameForm(NumberingStyle.ARABIC_PAREN)).isTrue();
        assertThat(NumberingStyle.CHINESE.sameForm(NumberingStyle.ARABIC_DOT)).isFalse();
    }

    @Test
    void bareChineseNumberOfASeqCell() {
        assertThat(NumberingMark.chineseNumber("十二")).isEqualTo(12);
        assertThat(NumberingMark.chineseNumber("二十")).isEqualTo(20);
        assertThat(NumberingMark.chineseNumber("一、")).isEqualTo(-1);
        assertThat(NumberingMark.chineseNumber("12")).isEqualTo(-1);
    }
}

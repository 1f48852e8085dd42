package io.planextract.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RULES §4: titles lose their numbering to a number, and a trailing 。. */
class NumberingTest {
    @Test
    void chineseAndArabicPrefixes() {
        assertThat(Numbering.title("一、坚持标准引领")).isEqualTo(new Numbering.Numbered(1, "坚持标准引领"));
        assertThat(Numbering.title("（十二）健全工作机制")).isEqualTo(new Numbering.Numbered(12, "健全工作机制"));
        assertThat(Numbering.title("(3)加强培训")).isEqualTo(new Numbering.Numbered(3, "加强培训"));
        assertThat(Numbering.title("5、 抓好落实")).isEqualTo(new Numbering.Numbered(5, "抓好落实"));
        assertThat(Numbering.title("1.优化平台")).isEqualTo(new Numbering.Numbered(1, "优化平台"));
        assertThat(Numbering.title("②强化引领")).isEqualTo(new Numbering.Numbered(2, "强化引领"));
    }

    @Test
    void trailingFullStopGoes() {
        assertThat(Numbering.title("（六）积极推进政务公开数字化转型。"))
                .isEqualTo(new Numbering.Numbered(6, "积极推进政务公开数字化转型"));
    }

    @Test
    void textWithoutNumberingKeepsItsDigits() {
        assertThat(Numbering.title("2025年度重点工作")).isEqualTo(new Numbering.Numbered(null, "2025年度重点工作"));
        assertThat(Numbering.title("第一解读人制度")).isEqualTo(new Numbering.Numbered(null, "第一解读人制度"));
    }

    @Test
    void chineseNumeralsUpToNinetyNineAndYears() {
        assertThat(ChineseNumerals.parse("九")).isEqualTo(9);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("十九")).isEqualTo(19);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("九十九")).isEqualTo(99);
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("二〇二五")).isEqualTo(2025);
        assertThat(ChineseNumerals.parse("甲")).isEqualTo(-1);
    }
}

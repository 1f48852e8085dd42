package io.planextract.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES §4: cleaning and joining. */
class TextCleanerTest {
    @Test
    void dropsTikaMarkersAndTrimsAllSpaces() {
        assertThat(TextCleaner.paragraph("[bookmark: _GoBack]工作要点 的通知")).isEqualTo("工作要点 的通知");
        assertThat(TextCleaner.paragraph("\u3000\u00a0 区财政局 \t")).isEqualTo("区财政局");
    }

    @Test
    void fullWidthDigitsAndLettersBecomeAsciiPunctuationStays() {
        assertThat(TextCleaner.paragraph("６月底前，ＡＢ类，（一）")).isEqualTo("6月底前，AB类，（一）");
    }

    @Test
    void emptyParagraphsDropAndRepeatsCollapse() {
        assertThat(TextCleaner.paragraphs(List.of("A", "", "A", " ", "A"))).containsExactly("A");
        assertThat(TextCleaner.paragraphs(List.of("全年，长期", "坚持", "全年，长期", "坚持")))
                .containsExactly("全年，长期", "坚持");
    }

    @Test
    void neighboursEqualButForNumberingOrFullStopKeepTheFirst() {
        assertThat(RepeatCollapse.collapse(List.of("一、加强培训。", "加强培训", "落实责任")))
                .containsExactly("一、加强培训。", "落实责任");
    }

    @Test
    void titlesAndRequirementsRunOn() {
        assertThat(TextCleaner.joinRunOn(List.of("全年，长期", "坚持"))).isEqualTo("全年，长期坚持");
    }

    @Test
    void unitCellsKeepLineBreaksExceptAfterListPunctuation() {
        assertThat(TextCleaner.joinUnits(List.of("县政府各部门、单位，", "各乡镇（街道）")))
                .isEqualTo("县政府各部门、单位，各乡镇（街道）");
        assertThat(TextCleaner.joinUnits(List.of("县商务局", "县卫生健康局"))).isEqualTo("县商务局\n县卫生健康局");
        assertThat(TextCleaner.joinUnits(List.of("县人力资源和社会保障局      县医疗保障局")))
                .isEqualTo("县人力资源和社会保障局 县医疗保障局");
        assertThat(TextCleaner.joinUnits(List.of("区财政局 、 区税务局（ 牵头 ）")))
                .isEqualTo("区财政局、区税务局（牵头）");
    }

    @Test
    void aPinyinReadingAfterACharacterAGarbledPageLeftGoesToo() {
        assertThat(TextCleaner.paragraph("?。ǘ┩七M(jìn)東部石化基地")).isEqualTo("?。ǘ┩七M東部石化基地");
        assertThat(TextCleaner.paragraph("参加(Café)活动")).isEqualTo("参加(Café)活动");
    }

    @Test
    void pinyinReadingsThatMirrorSitesInsertGo() {
        assertThat(TextCleaner.paragraph("市發(fā)改委、區(qū)財政局")).isEqualTo("市發改委、區財政局");
        assertThat(TextCleaner.paragraph("推進產(chǎn)業(yè)發(fā)展（責任單位:市經(jīng)信委）"))
                .isEqualTo("推進產業發展（責任單位:市經信委）");
    }

    @Test
    void bracketedLatinWithoutToneMarksStays() {
        assertThat(TextCleaner.paragraph("建设5G网络(gigabit)和附件(a)")).isEqualTo("建设5G网络(gigabit)和附件(a)");
    }
}

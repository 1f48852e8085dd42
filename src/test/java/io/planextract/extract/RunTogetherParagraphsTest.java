package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.extract.prose.ProseTasks;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTogetherParagraphsTest {
    private static List<String> split(String text) {
        return RunTogetherParagraphs.split(List.of(new ProseTasks.Para(text, 1, 7))).stream()
                .map(ProseTasks.Para::text).toList();
    }

    @Test
    void aBodyPrintedOnOneLineIsSplitAtNumberingAndLabels() {
        String line = "政府工作报告2022年重点工作责任分解 一、经济发展重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。"
                + " 责任单位:县发改局、县财政局 2.严控“三公”经费和会议费、培训费,努力降低行政运行成本。 责任单位:县财政局";
        assertThat(split(line)).containsExactly("政府工作报告2022年重点工作责任分解", "一、经济发展重点工作",
                "1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。", "责任单位:县发改局、县财政局",
                "2.严控“三公”经费和会议费、培训费,努力降低行政运行成本。", "责任单位:县财政局");
    }

    @Test
    void piecesKeepTheLineAndAreNumberedAgain() {
        List<ProseTasks.Para> out = RunTogetherParagraphs.split(List.of(new ProseTasks.Para("标题", 1, 2),
                new ProseTasks.Para("前言部分的文字比较长比较长比较长比较长比较长比较长比较长比较长比较长比较长比较长比较长比较长比较长比较长"
                        + "比较长比较长比较长 1.第一项工作任务的内容。 责任单位:县发改局 2.第二项工作任务的内容。", 2, 5)));
        assertThat(out).extracting(ProseTasks.Para::index).containsExactly(1, 2, 3, 4, 5);
        assertThat(out).extracting(ProseTasks.Para::line).containsExactly(2, 5, 5, 5, 5);
    }

    @Test
    void aSentenceThatMentionsOneNumberAfterASpaceStaysWhole() {
        String line = "全面落实各项工作部署要求，确保按期完成既定目标任务，推动经济社会高质量发展，以优异成绩迎接党的二十大胜利召开，"
                + "具体安排见 1.附件所列事项，请各单位认真抓好贯彻落实，确保各项任务落地见效并按时报送进展情况。";
        assertThat(split(line)).containsExactly(line);
    }

    @Test
    void aLongBodyWithNoSpacesIsSplitWhereAChineseNumberedHeadingIsGluedOn() {
        String filler = "结合实际制定本方案".repeat(45);
        String line = filler + "。一、加强要素支持(一)强化财税政策保障。落实减税降费政策。(二)强化金融支持。做好信贷。";
        assertThat(split(line)).containsExactly(filler + "。", "一、加强要素支持", "(一)强化财税政策保障。落实减税降费政策。",
                "(二)强化金融支持。做好信贷。");
    }

    @Test
    void pagesOfADocumentSharingSiteAreOneTextWithoutTheirNumbers() {
        String page1 = "1、" + "落实减税降费政策".repeat(40) + "为个体工商";
        String page2 = "2、户提供融资担保。（市税务局）";
        List<String> out = RunTogetherParagraphs.split(List.of(new ProseTasks.Para("由会员分享，可在线阅读", 1, 1),
                new ProseTasks.Para(page1, 2, 2), new ProseTasks.Para(page2, 3, 3))).stream()
                .map(ProseTasks.Para::text).toList();
        assertThat(out).containsExactly("由会员分享，可在线阅读", page1.substring(2) + "户提供融资担保。（市税务局）");
    }

    @Test
    void aNumberedItemAfterAClosedParagraphIsNoPage() {
        String item1 = "1、" + "落实减税降费政策".repeat(40) + "。";
        List<ProseTasks.Para> in = List.of(new ProseTasks.Para(item1, 1, 1), new ProseTasks.Para("2、强化金融支持。", 2, 2));
        assertThat(RunTogetherParagraphs.split(in)).isEqualTo(in);
    }
}

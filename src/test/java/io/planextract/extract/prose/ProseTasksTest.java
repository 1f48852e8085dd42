package io.planextract.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Task;
import io.planextract.model.Warning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTasksTest {

    private static ProseTasks.Result run(String... paragraphs) {
        List<ProseTasks.Para> paras = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            paras.add(new ProseTasks.Para(paragraphs[i], i + 1, i + 10));
        }
        return ProseTasks.extract(paras, 2025);
    }

    private static List<String> codes(ProseTasks.Result r) {
        return r.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void headingAndGroupGiveSectionAndTask() {
        ProseTasks.Result r = run("一、坚持标准引领，持续推进规范转型",
                "（一）优化主动公开机制。持续完善公开目录。（责任单位：区政府办公室）");
        assertThat(r.tasks()).hasSize(1);
        Task t = r.tasks().get(0);
        assertThat(t.section()).isEqualTo("坚持标准引领，持续推进规范转型");
        assertThat(t.sectionNo()).isEqualTo(1);
        assertThat(t.task()).isEqualTo("优化主动公开机制");
        assertThat(t.taskNo()).isEqualTo(1);
        assertThat(t.requirement()).isEqualTo("持续完善公开目录。");
        assertThat(t.leadText()).isNull();
        assertThat(t.responsibleText()).isEqualTo("区政府办公室");
        assertThat(t.responsible()).containsExactly("区政府办公室");
        assertThat(t.origin().paragraph()).isEqualTo(2);
        assertThat(t.origin().line()).isEqualTo(11);
    }

    @Test
    void fullWidthTortoiseShellMarkerWithLabel() {
        Task t = run("一、总体", "（一）规范办理。规范办理流程。〔责任单位：区自然资源局、区财政局〕").tasks().get(0);
        assertThat(t.responsibleText()).isEqualTo("区自然资源局、区财政局");
        assertThat(t.responsible()).containsExactly("区自然资源局", "区财政局");
    }

    @Test
    void bareUnitListMarker() {
        Task t = run("一、总体", "（一）加强解读。完善同步审签程序。〔区政府各部门、单位，各镇（街道）〕").tasks().get(0);
        assertThat(t.responsibleText()).isEqualTo("区政府各部门、单位，各镇（街道）");
        assertThat(t.responsible()).containsExactly("区政府各部门、单位", "各镇（街道）");
    }

    @Test
    void mismatchedBracketsEndAfterTheInnerGroupAndWarn() {
        ProseTasks.Result r = run("一、总体",
                "（二）规范依申请公开办理。畅通申请渠道。（责任单位：〔区政府各部门、单位，各镇（街道）〕推动重点领域信息公开。"
                        + "（责任单位：区自然资源局）");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(0).requirement()).isEqualTo("畅通申请渠道。");
        assertThat(r.tasks().get(0).responsibleText()).isEqualTo("区政府各部门、单位，各镇（街道）");
        assertThat(r.tasks().get(1).requirement()).isEqualTo("推动重点领域信息公开。");
        assertThat(r.tasks().get(1).responsibleText()).isEqualTo("区自然资源局");
        assertThat(codes(r)).contains("prose-marker-mismatched");
    }

    @Test
    void mismatchedClosingBracketStillCloses() {
        Task t = run("一、总体", "（一）公开清单。公开权责清单。（责任单位：区财政局〕").tasks().get(0);
        assertThat(t.responsibleText()).isEqualTo("区财政局");
    }

    @Test
    void squareBracketsWithLeadAndResponsibleParts() {
        Task t = run("一、总体", "（一）推进集中发布。建设政策文件库。[牵头单位：区政府办公室；责任单位：区司法局、区财政局]")
                .tasks().get(0);
        assertThat(t.leadText()).isEqualTo("区政府办公室");
        assertThat(t.responsibleText()).isEqualTo("区司法局、区财政局");
        assertThat(t.lead()).containsExactly("区政府办公室");
        assertThat(t.responsible()).containsExactly("区司法局", "区财政局");
    }

    @Test
    void lenticularBracketsAndDeadlineInsideMarker() {
        Task t = run("一、总体", "（一）推进集中发布。建设政策文件库。【责任单位：区司法局；完成时限：2025年6月底前】")
                .tasks().get(0);
        assertThat(t.responsibleText()).isEqualTo("区司法局");
        assertThat(t.deadline()).isNotNull();
        assertThat(t.deadline().text()).isEqualTo("2025年6月底前");
        assertThat(t.deadline().kind()).isEqualTo("by");
        assertThat(t.deadline().date()).isEqualTo("2025-06-30");
    }

    @Test
    void deadlineWrittenAfterTheUnitsInsideAMarker() {
        ProseTasks.Result r = run("一、总体", "（一）推进公开。做好清单公开。（责任单位：区财政局，2025年12月底前完成）"
                + "加强解读。（区司法局、区政府办公室；长期坚持）");
        assertThat(r.tasks()).extracting(Task::responsibleText).containsExactly("区财政局", "区司法局、区政府办公室");
        assertThat(r.tasks().get(0).deadline().text()).isEqualTo("2025年12月底前完成");
        assertThat(r.tasks().get(0).deadline().date()).isEqualTo("2025-12-31");
        assertThat(r.tasks().get(1).deadline().kind()).isEqualTo("ongoing");
    }

    @Test
    void deadlineBracketRightAfterAMarkerCompletesIt() {
        ProseTasks.Result r = run("一、总体", "（一）推进公开。做好清单公开。（责任单位：区财政局）（完成时限：6月底前）加强解读。"
                + "（责任单位：区司法局）");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(0).deadline().text()).isEqualTo("6月底前");
        assertThat(r.tasks().get(1).requirement()).isEqualTo("加强解读。");
        assertThat(r.tasks().get(1).deadline()).isNull();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void leadInsideMarker() {
        Task t = run("一、总体", "（一）推进执法公示。落实行政执法公示制度。（区司法局牵头，区政府各部门配合）").tasks().get(0);
        assertThat(t.leadText()).isNull();
        assertThat(t.responsibleText()).isEqualTo("区司法局牵头，区政府各部门配合");
        assertThat(t.lead()).containsExactly("区司法局");
        assertThat(t.responsible()).containsExactly("区政府各部门");
    }

    @Test
    void responsibleBesideAssistingWithoutLeadMeansResponsibleLeads() {
        Task t = run("一、总体", "（一）做好公开。做好信息公开。（责任单位：区商务局；配合单位：区财政局）").tasks().get(0);
        assertThat(t.leadText()).isEqualTo("区商务局");
        assertThat(t.responsibleText()).isEqualTo("区财政局");
        assertThat(t.lead()).containsExactly("区商务局");
        assertThat(t.responsible()).containsExactly("区财政局");
    }

    @Test
    void traditionalCharactersInMarkers() {
        ProseTasks.Result r = run("一、總體", "（一）推進公開。做好信息公開。（責任單位：區財政局）加強解讀。（牽頭單位：區司法局；責任單位：區政府各部門）");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(0).responsibleText()).isEqualTo("區財政局");
        assertThat(r.tasks().get(1).leadText()).isEqualTo("區司法局");
        assertThat(r.tasks().get(1).responsibleText()).isEqualTo("區政府各部門");
    }

    @Test
    void oneMarkerClosesSeveralSentences() {
        ProseTasks.Result r = run("一、总体", "（一）加强解读。完善审签程序。开展解读。回应关切。（责任单位：区政府办公室）");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).requirement()).isEqualTo("完善审签程序。开展解读。回应关切。");
    }

    @Test
    void markerAfterSemicolonCloses() {
        ProseTasks.Result r = run("一、总体", "（一）加强解读。完善审签程序；（责任单位：区司法局）回应关切。（责任单位：区政府办公室）");
        assertThat(r.tasks()).extracting(Task::requirement).containsExactly("完善审签程序；", "回应关切。");
    }

    @Test
    void sentencesAfterTheLastMarkerAreNotTasks() {
        ProseTasks.Result r = run("一、总体", "（一）加强解读。完善审签程序。（责任单位：区司法局）另行研究后续安排。",
                "各级各部门要对照本方案逐项推动落实。");
        assertThat(r.tasks()).hasSize(1);
        assertThat(codes(r)).contains("prose-text-unassigned");
    }

    @Test
    void closingParagraphAssigningNobodyIsNotATask() {
        ProseTasks.Result r = run("一、总体", "（一）加强解读。完善审签程序。（责任单位：区司法局）",
                "各级各部门单位要对照本方案提出的重点任务，明确责任主体和时限要求，逐项推动落实。");
        assertThat(r.tasks()).hasSize(1);
    }

    @Test
    void groupWithoutMarkersAmongGroupsWithMarkersWarns() {
        ProseTasks.Result r = run("一、重点任务", "（一）加强解读。完善审签程序。", "（二）推进公开。做好公开。（责任单位：区财政局）");
        assertThat(r.tasks()).hasSize(1);
        assertThat(codes(r)).containsExactly("prose-group-unassigned");
        assertThat(r.warnings().get(0).origin().paragraph()).isEqualTo(2);
    }

    @Test
    void sectionsOfGroupsThatAssignNobodyAreQuiet() {
        ProseTasks.Result r = run("一、总体要求", "（一）指导思想。以新时代思想为指导。", "（二）工作目标。全面提升公开质效。",
                "二、重点任务", "（一）推进公开。做好公开。（责任单位：区财政局）", "三、保障措施", "（一）加强组织领导。各单位要高度重视。");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).sectionNo()).isEqualTo(2);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void titleMayEndWithAColon() {
        Task t = run("一、总体", "（一）优化公开机制：持续完善目录。（责任单位：区政府办公室）").tasks().get(0);
        assertThat(t.task()).isEqualTo("优化公开机制");
        assertThat(t.requirement()).isEqualTo("持续完善目录。");
    }

    @Test
    void numberedItemsWithTheirOwnMarkers() {
        ProseTasks.Result r = run("一、总体", "（一）加强平台建设。",
                "1.加强网站运维监管。（责任单位：区政府办公室）",
                "2.健全政务新媒体备案机制。（责任单位：区委网信办）",
                "（1）清理整合低效账号。（责任单位：各镇（街道））",
                "①打造精品账号。（责任单位：区融媒体中心）");
        assertThat(r.tasks()).extracting(Task::responsibleText)
                .containsExactly("区政府办公室", "区委网信办", "各镇（街道）", "区融媒体中心");
        assertThat(r.tasks()).extracting(Task::task).containsOnly("加强平台建设");
        assertThat(r.tasks()).extracting(Task::section).containsOnly("总体");
        // An item read whole is the requirement without its number, as a clerk copies it.
        assertThat(r.tasks().get(1).requirement()).isEqualTo("健全政务新媒体备案机制。");
    }

    @Test
    void arabicSectionHeadingsAndItemsTellApart() {
        ProseTasks.Result r = run("1、 坚持标准引领", "（一）优化机制。完善目录。（责任单位：区政府办公室）",
                "1.加强监管", "推进网站运维。（责任单位：区大数据中心）",
                "2、强化数字赋能", "（一）加快转型。探索新技术。（责任单位：区政府办公室）");
        assertThat(r.tasks()).extracting(Task::sectionNo).containsExactly(1, 1, 2);
        assertThat(r.tasks().get(1).requirement()).isEqualTo("加强监管推进网站运维。");
        assertThat(r.tasks().get(2).section()).isEqualTo("强化数字赋能");
    }

    @Test
    void responsibilityLinesOfTheirOwn() {
        ProseTasks.Result r = run("一、总体", "（一）推进集中发布。建设政策文件库，动态更新。",
                "牵头单位：区政府办公室", "责任单位：区司法局、各镇（街道）", "完成时限：2025年12月底前",
                "（二）优化平台。加强运维监管。", "責任單位：區大數據中心");
        assertThat(r.tasks()).hasSize(2);
        Task t = r.tasks().get(0);
        assertThat(t.requirement()).isEqualTo("建设政策文件库，动态更新。");
        assertThat(t.leadText()).isEqualTo("区政府办公室");
        assertThat(t.responsibleText()).isEqualTo("区司法局、各镇（街道）");
        assertThat(t.deadline().date()).isEqualTo("2025-12-31");
        assertThat(r.tasks().get(1).responsibleText()).isEqualTo("區大數據中心");
    }

    @Test
    void deadlineLineCompletesTheTaskJustClosed() {
        ProseTasks.Result r = run("一、总体", "（一）推进集中发布。建设政策文件库。（责任单位：区司法局）", "完成时限：6月底前");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).deadline().text()).isEqualTo("6月底前");
    }

    @Test
    void bracketsThatAreNotResponsibility() {
        ProseTasks.Result r = run("一、总体",
                "（一）推进基层公开。实现与村（居）务公开衔接。（含开发区）做好政务公开专区（以下简称专区）建设。"
                        + "（以下简称“专区”）推动公开。（责任单位：各镇（街道））");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).requirement())
                .isEqualTo("实现与村（居）务公开衔接。（含开发区）做好政务公开专区（以下简称专区）建设。（以下简称“专区”）推动公开。");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void unitsInMidSentenceAreAnAliasWithoutAWarning() {
        ProseTasks.Result r = run("一、总体", "（一）推进公开。由区财政局（区国资办）负责清单公开。（责任单位：区财政局）");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).requirement()).isEqualTo("由区财政局（区国资办）负责清单公开。");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void bareUnitsClosingASentenceWithoutAFullStopWarn() {
        ProseTasks.Result r = run("一、总体", "（一）推进公开。做好清单公开〔区财政局〕");
        assertThat(r.tasks()).isEmpty();
        assertThat(codes(r)).contains("prose-marker-doubtful");
    }

    @Test
    void labelledMarkerJustBeforeTheFullStop() {
        ProseTasks.Result r = run("一、总体", "（一）推进公开。做好信息公开（责任单位：区财政局）。加强解读（责任单位：区司法局）。");
        assertThat(r.tasks()).extracting(Task::requirement).containsExactly("做好信息公开", "加强解读");
        assertThat(r.tasks()).extracting(Task::responsibleText).containsExactly("区财政局", "区司法局");
    }

    @Test
    void unknownMarkerLikeFormWarnsAndNeverCrashes() {
        ProseTasks.Result r = run("一、总体",
                "（一）推进公开。做好信息公开。（各有关单位按职责分工抓好落实）加强解读。（责任单位：区司法局）",
                "（二）加强解读。做好回应。（责任单位：区财政局", "（三）〔", "（四）x。（）。【】；［");
        assertThat(codes(r)).contains("prose-marker-doubtful");
        assertThat(r.tasks().get(0).requirement()).startsWith("做好信息公开。（各有关单位");
        assertThat(r.tasks().get(0).responsibleText()).isEqualTo("区司法局");
        assertThat(r.tasks().get(1).responsibleText()).isEqualTo("区财政局");
    }

    @Test
    void paragraphsBeforeTheFirstHeadingAreNotRead() {
        ProseTasks.Result r = run("（此件公开发布）", "为深入贯彻落实要求，制定本要点。（责任单位：区政府办公室）",
                "一、总体", "（一）推进公开。做好公开。（责任单位：区财政局）");
        assertThat(r.tasks()).hasSize(1);
    }
}

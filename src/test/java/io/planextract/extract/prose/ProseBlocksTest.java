package io.planextract.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Task;
import io.planextract.model.Warning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prose read as numbered blocks (issue 10): the forms real notices use to attach units to their items. */
class ProseBlocksTest {

    private static ProseTasks.Result run(String... paragraphs) {
        List<ProseTasks.Para> paras = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            paras.add(new ProseTasks.Para(paragraphs[i], i + 1, i + 10));
        }
        return ProseTasks.extract(paras, 2024);
    }

    private static List<String> codes(ProseTasks.Result r) {
        return r.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void shortItemsWithLabelLinesAreTasksNotHeadings() {
        ProseTasks.Result r = run("一、主要指标", "1.城镇新增就业1.2万人。", "牵头单位：县人社局", "责任单位：各乡镇",
                "2.粮食产量稳定在30万吨。", "牵头单位：县农业农村局");
        assertThat(r.tasks()).hasSize(2);
        Task first = r.tasks().get(0);
        assertThat(first.section()).isEqualTo("主要指标");
        assertThat(first.taskNo()).isEqualTo(1);
        assertThat(first.task()).isEqualTo("城镇新增就业1.2万人");
        assertThat(first.lead()).containsExactly("县人社局");
        assertThat(first.responsible()).containsExactly("各乡镇");
        Task second = r.tasks().get(1);
        assertThat(second.taskNo()).isEqualTo(2);
        assertThat(second.task()).isEqualTo("粮食产量稳定在30万吨");
        assertThat(second.lead()).containsExactly("县农业农村局");
        assertThat(second.origin().paragraph()).isEqualTo(5);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aBlockIsAHeadingOnlyWhereBlocksUnderItHaveMarkers() {
        ProseTasks.Result r = run("1.加快项目建设。全年完成投资50亿元。", "（1）推进产业园建设。（责任单位：县发改局）",
                "（2）推进道路建设。（责任单位：县交通局）");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("推进产业园建设", "推进道路建设");
        assertThat(r.tasks()).extracting(Task::section).containsOnly("加快项目建设");
        assertThat(r.tasks()).extracting(Task::sectionNo).containsOnly(1);
    }

    @Test
    void itemsRightAfterATitleWithoutAnyHeading() {
        ProseTasks.Result r = run("2024年某县重点工作任务", "1﹒推进污水管网建设。新建管网10公里。（责任单位：县住建局）",
                "2﹒加强河道保洁。（责任单位：县水利局）");
        assertThat(r.tasks()).hasSize(2);
        Task t = r.tasks().get(0);
        assertThat(t.section()).isNull();
        assertThat(t.taskNo()).isEqualTo(1);
        assertThat(t.task()).isEqualTo("推进污水管网建设");
        assertThat(t.requirement()).isEqualTo("新建管网10公里。");
        assertThat(t.responsible()).containsExactly("县住建局");
        assertThat(r.tasks().get(1).task()).isEqualTo("加强河道保洁");
    }

    @Test
    void parenthesisedItemsAfterANewsLeadIn() {
        ProseTasks.Result r = run("近日，县政府召开常务会议，研究部署下半年重点工作。会议要求：",
                "(1)加快招商引资。(責任單位：縣商務局)", "(2)做好防汛工作。(責任單位：縣應急局)");
        assertThat(r.tasks()).extracting(Task::responsibleText).containsExactly("縣商務局", "縣應急局");
        assertThat(r.tasks()).extracting(Task::taskNo).containsExactly(1, 2);
    }

    @Test
    void circledItemsAfterATitle() {
        ProseTasks.Result r = run("关于做好秋季防火工作的安排", "①加强巡查。（责任单位：县林业局）", "②完善预案。（责任单位：县应急局）");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("加强巡查", "完善预案");
    }

    @Test
    void numberedItemWithoutAGroupSplitsIntoNumberTitleAndBody() {
        Task t = run("二、重点任务", "3.推进数字政府建设。整合政务数据资源，建成统一平台。（责任单位：县大数据中心）")
                .tasks().get(0);
        assertThat(t.sectionNo()).isEqualTo(2);
        assertThat(t.taskNo()).isEqualTo(3);
        assertThat(t.task()).isEqualTo("推进数字政府建设");
        assertThat(t.requirement()).isEqualTo("整合政务数据资源，建成统一平台。");
    }

    @Test
    void subItemsClosedInlineByTheirOwnMarkersAreSeveralTasks() {
        ProseTasks.Result r = run("一、重点任务",
                "1.扩大有效投资：（1）加快重大项目建设（市发改委牵头负责）；（2）用好专项债券（市财政局牵头负责）。");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(0).requirement()).isEqualTo("（1）加快重大项目建设");
        assertThat(r.tasks().get(0).responsibleText()).isEqualTo("市发改委牵头负责");
        assertThat(r.tasks().get(1).requirement()).isEqualTo("（2）用好专项债券");
        assertThat(r.tasks().get(1).responsibleText()).isEqualTo("市财政局牵头负责");
        assertThat(r.tasks()).extracting(Task::task).containsOnly("扩大有效投资");
        assertThat(codes(r)).doesNotContain("prose-marker-doubtful");
    }

    @Test
    void markerAtTheEndOfAnItemBeforeItsFullStop() {
        ProseTasks.Result r = run("1.推进老旧小区改造（县住建局负责）。", "2.推進農村公路建設（縣交通局負責）;");
        assertThat(r.tasks()).extracting(Task::responsibleText).containsExactly("县住建局负责", "縣交通局負責");
    }

    @Test
    void bareUnitsClosingAnItemWithoutAFullStopStayDoubtful() {
        ProseTasks.Result r = run("1.推进公开〔区财政局〕");
        assertThat(r.tasks()).isEmpty();
        assertThat(codes(r)).contains("prose-marker-doubtful");
    }

    @Test
    void labelAndValueOnTwoLines() {
        ProseTasks.Result r = run("一、重点任务", "1.实施城市更新行动。", "牵头单位", "县住建局", "责任单位：", "各乡镇");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).lead()).containsExactly("县住建局");
        assertThat(r.tasks().get(0).responsible()).containsExactly("各乡镇");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void oneRecordPrintedVertically() {
        ProseTasks.Result r = run("附件", "工作任务", "完成城区燃气管道改造", "牵头单位", "县住建局", "配合单位",
                "县财政局、城关镇", "完成时限", "2024年10月底前");
        assertThat(r.tasks()).hasSize(1);
        Task t = r.tasks().get(0);
        assertThat(t.task()).isEqualTo("完成城区燃气管道改造");
        assertThat(t.lead()).containsExactly("县住建局");
        assertThat(t.responsible()).containsExactly("县财政局", "城关镇");
        assertThat(t.deadline().kind()).isEqualTo("by");
        assertThat(t.deadline().date()).isEqualTo("2024-10-31");
        assertThat(t.origin().paragraph()).isEqualTo(2);
    }

    @Test
    void verticalRecordsInTraditionalCharactersFollowEachOther() {
        ProseTasks.Result r = run("工作任務：完成管網改造", "牽頭單位：縣住建局", "工作任務：完成河道整治", "牽頭單位", "縣水利局",
                "完成時限：2024年12月底前");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("完成管網改造", "完成河道整治");
        assertThat(r.tasks().get(1).lead()).containsExactly("縣水利局");
        assertThat(r.tasks().get(1).deadline().date()).isEqualTo("2024-12-31");
    }

    @Test
    void oneMarkerOnItsOwnLineClosesTheItemsBeforeItAsOneTask() {
        // RULES §8: a marker closes the text since the previous marker, however many items it holds.
        ProseTasks.Result r = run("一、重点任务", "1.推进垃圾分类。", "2.整治背街小巷。", "（责任单位：县城管局）",
                "3.提升绿化水平。（责任单位：县自然资源局）");
        assertThat(r.tasks()).extracting(Task::requirement).containsExactly("1.推进垃圾分类。2.整治背街小巷。", null);
        assertThat(r.tasks()).extracting(Task::task).containsExactly(null, "提升绿化水平");
        assertThat(r.tasks()).extracting(Task::responsibleText).containsExactly("县城管局", "县自然资源局");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void oneLabelLineAfterSeveralSubItemsClosesTheirItem() {
        ProseTasks.Result r = run("（一）应急预案", "1.完善应急预案体系", "（1）加强应急预案管理。", "（2）加强应急预案演练。",
                "(责任单位:市直各有关单位、各开发区管委会)");
        assertThat(r.tasks()).singleElement().satisfies(t -> {
            assertThat(t.task()).isEqualTo("完善应急预案体系");
            assertThat(t.requirement()).isEqualTo("（1）加强应急预案管理。（2）加强应急预案演练。");
            assertThat(t.responsible()).containsExactly("市直各有关单位", "各开发区管委会");
        });
    }

    @Test
    void itemWithoutUnitsAmongItemsWithThemWarnsNamingItsLine() {
        ProseTasks.Result r = run("一、重点任务", "1.推进垃圾分类。（责任单位：县城管局）", "2.整治背街小巷。",
                "3.提升绿化水平。（责任单位：县自然资源局）");
        assertThat(r.tasks()).hasSize(2);
        assertThat(codes(r)).containsExactly("prose-group-unassigned");
        assertThat(r.warnings().get(0).origin().paragraph()).isEqualTo(3);
        assertThat(r.warnings().get(0).origin().line()).isEqualTo(12);
    }

    @Test
    void labelLineThatClosesNoTaskWarns() {
        ProseTasks.Result r = run("关于做好防汛工作的通知", "责任单位：县应急局", "1.加强值守。（责任单位：县水利局）");
        assertThat(r.tasks()).hasSize(1);
        assertThat(codes(r)).containsExactly("prose-marker-unattached");
        assertThat(r.warnings().get(0).origin().paragraph()).isEqualTo(2);
    }

    @Test
    void labelLineRepeatingWhatTheTaskAlreadyHasWarns() {
        ProseTasks.Result r = run("1.加强值守。（责任单位：县水利局）", "责任单位：县应急局");
        assertThat(r.tasks()).extracting(Task::responsibleText).containsExactly("县水利局");
        assertThat(codes(r)).containsExactly("prose-marker-unattached");
    }

    @Test
    void personLabelsNameNoUnit() {
        ProseTasks.Result r = run("1.加强值守。", "牵头单位：县水利局", "分管领导", "王某");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).lead()).containsExactly("县水利局");
        assertThat(r.tasks().get(0).responsible()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aTaskLabelWithoutUnitLabelsAfterItIsNoRecord() {
        ProseTasks.Result r = run("重点工作", "1.加强值守。（责任单位：县水利局）", "2.做好宣传。（责任单位：县融媒体中心）");
        assertThat(r.tasks()).extracting(Task::section).containsOnly((String) null);
        assertThat(r.tasks()).extracting(Task::taskNo).containsExactly(1, 2);
    }

    @Test
    void labelsWrittenInlineAfterTheItemsLastSentence() {
        ProseTasks.Result r = run("1.推进老旧小区改造。完成改造20个。牵头单位：县住建局；责任单位：各乡镇",
                "2.推进农村公路建设。责任单位：县交通局");
        assertThat(r.tasks()).hasSize(2);
        assertThat(r.tasks().get(0).requirement()).isEqualTo("完成改造20个。");
        assertThat(r.tasks().get(0).leadText()).isEqualTo("县住建局");
        assertThat(r.tasks().get(0).responsibleText()).isEqualTo("各乡镇");
        assertThat(r.tasks().get(1).task()).isEqualTo("推进农村公路建设");
        assertThat(r.tasks().get(1).responsible()).containsExactly("县交通局");
    }

    @Test
    void unitsOfOneLabelSpreadOverSeveralLines() {
        ProseTasks.Result r = run("1.实施城市更新行动。", "配合单位", "县财政局", "城关镇", "牵头单位", "县住建局");
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).lead()).containsExactly("县住建局");
        assertThat(r.tasks().get(0).responsible()).containsExactly("县财政局", "城关镇");
    }

    @Test
    void aFirstIsLeadNoteInsideAMarkerHoldsForItAndEveryLaterList() {
        ProseTasks.Result r = run("1.扩大就业。(市發展改革委、市財政局等負責,列第一位者為牽頭單位,下同)",
                "2.降低成本。(責任單位:市稅務局、市財政局)", "3.优化服务。(市商务局负责)");
        assertThat(r.tasks()).extracting(Task::lead).containsExactly(List.of("市發展改革委"), List.of("市稅務局"),
                List.of("市商务局"));
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("市財政局"), List.of("市財政局"),
                List.of());
    }

    @Test
    void aNoteGluedToTheFirstUnitOfALabelLineIsReadAsTheNote() {
        ProseTasks.Result r = run("1.全县生产总值增长7.5%左右。", "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局",
                "2.严控三公经费。", "责任单位:县财政局");
        assertThat(r.tasks()).extracting(Task::lead).containsExactly(List.of("县发改局"), List.of("县财政局"));
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("县财政局"), List.of());
    }

    @Test
    void withoutTheNoteAResponsibleListStaysResponsible() {
        ProseTasks.Result r = run("1.降低成本。(責任單位:市稅務局、市財政局)");
        assertThat(r.tasks().get(0).lead()).isEmpty();
        assertThat(r.tasks().get(0).responsible()).containsExactly("市稅務局", "市財政局");
    }

    @Test
    void unitsThatTakePartAfterTheLeadsAreResponsible() {
        ProseTasks.Result r = run("1.坚持就业优先战略。落实就业优先政策。(市发展改革委、市人社局牵头,市委组织部、市统计局参加)");
        assertThat(r.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("市发展改革委", "市人社局");
            assertThat(t.responsible()).containsExactly("市委组织部", "市统计局");
        });
    }

    @Test
    void aLabelForTheWholeAssignmentSaysWhoLeadsInItsValue() {
        ProseTasks.Result r = run("一、主要预期目标", "1.地区生产总值增长6%以上。", "分管省领导:林克庆",
                "部门分工:省发展改革委牵头,各地、各部门配合。");
        assertThat(r.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("省发展改革委");
            assertThat(t.responsible()).containsExactly("各地", "各部门");
        });
    }

    @Test
    void itemsThatNameTheirUnitFirstAreTasksWhereNoMarkerClosesAnything() {
        ProseTasks.Result r = run("（一）县文明办：负责创建工作的统筹协调。", "（二）县市场监管局、县商务局：负责农贸市场规范化管理。",
                "三、工作要求：各单位要高度重视。");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("县文明办"),
                List.of("县市场监管局", "县商务局"));
        assertThat(r.tasks()).extracting(Task::requirement).containsExactly("负责创建工作的统筹协调。",
                "负责农贸市场规范化管理。");
    }

    @Test
    void whereMarkersCloseTasksAUnitFirstItemIsNoTask() {
        ProseTasks.Result r = run("1.县文明办：统筹协调。", "2.推进垃圾分类。（责任单位：县城管局）");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("县城管局"));
    }

    @Test
    void aLineOfAPersonAloneAfterAMarkerNamesNoUnitAndBreaksNothing() {
        // Found by ProseFuzzTest: a person label line read as a label line with no units.
        ProseTasks.Result r = run("1.推进工作。（责任单位：县发改局）", "责任领导：王某", "2.加强督查。", "责任领导：李某");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("县发改局"));
    }

    @Test
    void aProblemListNamesItsUnitsInTheSentenceUnderEachItem() {
        ProseTasks.Result r = run("1、河边堤岸沿线有垃圾死角。", "整改要求:由包片单位县环卫站负责清除。",
                "2、迎宾大道旱厕外露。", "整改要求:由城关镇、县住建局负责拆除或改建。");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("河边堤岸沿线有垃圾死角", "迎宾大道旱厕外露");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("县环卫站"),
                List.of("城关镇", "县住建局"));
        assertThat(r.tasks().get(0).requirement()).isEqualTo("由包片单位县环卫站负责清除。");
    }

    @Test
    void oneSentenceThatNamesAUnitMakesNoTaskOfAHeading() {
        ProseTasks.Result r = run("1、总体要求。", "由县政府办公室负责统筹。", "2、工作步骤。", "各单位按要求推进。");
        assertThat(r.tasks()).isEmpty();
    }

    @Test
    void whereAnItemsTitleIsClosedByItsOwnMarkerALaterMarkedParagraphIsTheNextItem() {
        // A page that garbled the item numbers: the paragraphs after the first item are items of their own.
        ProseTasks.Result r = run("一、构建现代产业体系", "（一）加快建设汽车产业基地。（牵头单位：市经贸委）",
                "?。ǘ┩推进石化基地建设。（牵头单位：市发改委；配合单位：规划局）");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("加快建设汽车产业基地", "?。ǘ┩推进石化基地建设");
        assertThat(r.tasks()).extracting(Task::lead).containsExactly(List.of("市经贸委"), List.of("市发改委"));
        assertThat(r.tasks()).extracting(Task::section).containsOnly("构建现代产业体系");
    }

    @Test
    void aTitleWithABodyClosedByMarkersKeepsItsTitleOverEachRequirement() {
        ProseTasks.Result r = run("（一）优化营商环境", "压缩审批时限。（责任单位：县政务服务中心）",
                "规范涉企检查。（责任单位：县司法局）");
        assertThat(r.tasks()).extracting(Task::task).containsOnly("优化营商环境");
        assertThat(r.tasks()).extracting(Task::requirement).containsExactly("压缩审批时限。", "规范涉企检查。");
    }

    @Test
    void aSpecificTaskLabelOpensARecordAndANumberedHeadingIsNoLabel() {
        assertThat(LabelLine.kind("具体任务")).isEqualTo(LabelLine.Kind.TASK);
        assertThat(LabelLine.kind("任务要求")).isEqualTo(LabelLine.Kind.REQUIREMENT);
        assertThat(LabelLine.of("二、工作目标")).isNull();
        assertThat(LabelLine.kind("协同责任单位")).isEqualTo(LabelLine.Kind.ASSISTING);
        assertThat(LabelLine.kind("牵头负责领导")).isEqualTo(LabelLine.Kind.PERSON);
    }

    @Test
    void problemsGroupedUnderTheUnitNamedFirstAreOneTaskAGroup() {
        ProseTasks.Result r = run("现就问题清单曝光如下:", "三义街社区(责任单位:西城街道办事处三义街社区)", "1、志愿岗无人在岗",
                "2、电动车乱停乱放", "胜利街道办:(责任单位:沙市区胜利街道办事处)", "1、绿化带白色垃圾较多。",
                "请各单位立即整改。");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("三义街社区", "胜利街道办");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("西城街道办事处三义街社区"),
                List.of("沙市区胜利街道办事处"));
        assertThat(r.tasks().get(0).requirement()).isEqualTo("1、志愿岗无人在岗2、电动车乱停乱放");
    }

    @Test
    void aHeadingMarkerAmongItemsWithTheirOwnMarkersIsNoGroup() {
        ProseTasks.Result r = run("三义街社区(责任单位:西城街道办事处)", "1、志愿岗无人在岗。(责任单位:三义街社区)",
                "东门社区(责任单位:东城街道办事处)", "1、垃圾未清理。(责任单位:东门社区)");
        assertThat(r.tasks()).extracting(Task::responsible).contains(List.of("三义街社区"), List.of("东门社区"));
    }
}

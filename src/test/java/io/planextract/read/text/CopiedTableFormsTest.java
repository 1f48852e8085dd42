package io.planextract.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.PlanExtractor;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables as web pages give them when copied as text, each form on its own small input. */
class CopiedTableFormsTest {
    private static NoticeResult read(String text) throws Exception {
        return new PlanExtractor().convert(text.getBytes(StandardCharsets.UTF_8), "copied.txt");
    }

    @Test
    void oneParagraphPerCellWithATaskColumnInTheNoticesOwnWordsAndASubRowUnderAMergedNumber() throws Exception {
        NoticeResult r = read(String.join("\n\n", "2016年民生实事目标任务分解表", "序号", "民生实事", "责任单位", "完成时限",
                "1", "启动县图书馆新馆建设。", "县文体广新局", "县代建中心", "12月底前",
                "2", "开工建设县老年养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前",
                "3", "迁建县政务服务中心。", "县政务服务中心", "12月底前"));
        assertThat(r.tasks()).extracting(Task::task).containsExactly("启动县图书馆新馆建设", "开工建设县老年养护楼",
                "开工建设老年大学", "迁建县政务服务中心");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("县文体广新局", "县代建中心"),
                List.of("县民政局"), List.of("县民政局"), List.of("县政务服务中心"));
        assertThat(r.tasks().get(2).deadline().date()).isEqualTo("2016-12-31");
    }

    @Test
    void oneCellALineWithTheNumberAfterTheTaskCell() throws Exception {
        NoticeResult r = read(String.join("\n|\n", "工作任务", "具体要求", "责任科室", "时限要求",
                "强化规范性文件公开", "1", "全面清理规范性文件并公布目录。", "办公室", "年底前",
                "做好主动公开工作", "2", "规范发布法定主动公开内容。", "各科室", "持续推进",
                "3", "规范编制政府信息公开年度报告。", "办公室", "持续推进",
                "规范办理依申请公开", "4", "依法依规办理政府信息公开申请。", "各科室", "持续推进") + "\n|\n");
        assertThat(r.tasks()).extracting(Task::seq).containsExactly(1, 2, 3, 4);
        assertThat(r.tasks()).extracting(Task::task).containsExactly("强化规范性文件公开", "做好主动公开工作",
                "做好主动公开工作", "规范办理依申请公开");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("办公室"), List.of("各科室"),
                List.of("办公室"), List.of("各科室"));
        assertThat(r.tasks()).extracting(t -> t.deadline().kind()).containsExactly("by", "ongoing", "ongoing",
                "ongoing");
    }

    @Test
    void cellsThatEndInTheirOwnBarOneALineWithAPeopleColumn() throws Exception {
        NoticeResult r = read(String.join("\n", "2025年开发区重点工作及责任清单", "序号 |", "重点工作 |", "责任领导 |",
                "责任单位 |", "完成时限 |", "1 |", "优化重点项目直通车工作机制。 |", "叶林 |", "招商工作部、安商工作部 |", "全年 |",
                "2 |", "力争全年盘活僵尸企业10家。 |", "马振明 |", "改革办 |", "全年 |"));
        assertThat(r.tasks()).extracting(Task::seq).containsExactly(1, 2);
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("招商工作部", "安商工作部"),
                List.of("改革办"));
        assertThat(r.tasks().get(0).extra()).containsEntry("责任领导", "叶林");
        assertThat(r.warnings()).extracting(w -> w.code()).doesNotContain("column-without-role");
    }

    @Test
    void spaceSeparatedRowsWithAUnitCellWrappedOntoLinesOfItsOwn() throws Exception {
        NoticeResult r = read(String.join("\n", "序号 重点工作任务 主要责任单位 协同配合单位", "一、主要预期目标",
                "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处,魏武国控集团。",
                "2 一般公共预算收入增长5%左右。 区财政局", "区税务局", "区政府有关部门,各乡镇人民政府、街道办事处。",
                "3 固定资产投资增长7.5%左右。 区发改委 区工信局、区住建局。"));
        assertThat(r.tasks()).extracting(Task::seq).containsExactly(1, 2, 3);
        // 区税务局 under 区财政局 is the same cell printed a unit a line; the list after it is the next cell.
        assertThat(r.tasks()).extracting(Task::lead).containsExactly(List.of("区发改委"), List.of("区财政局", "区税务局"),
                List.of("区发改委"));
        assertThat(r.tasks().get(0).responsible()).containsExactly("区政府各部门", "各乡镇人民政府、街道办事处", "魏武国控集团");
        assertThat(r.tasks().get(1).responsible()).containsExactly("区政府有关部门", "各乡镇人民政府、街道办事处");
    }

    @Test
    void utf8WithABrokenByteAtTheEndIsReadAsUtf8AndTheGuessIsAWarning() throws Exception {
        byte[] good = "1.推进垃圾分类。（责任单位：县城管局）\n".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(good, good.length + 1);
        broken[good.length] = (byte) 0xE6;
        NoticeResult r = new PlanExtractor().convert(broken, "broken.txt");
        assertThat(r.tasks()).extracting(Task::responsible).containsOnly(List.of("县城管局"));
        assertThat(r.warnings()).extracting(w -> w.code()).contains("encoding-guessed");
    }

    @Test
    void headerWordsWrappedOverTwoParagraphsAreJoinedToTheRowsWidthAndFullRowsGoInOrder() throws Exception {
        NoticeResult r = read(String.join("\n\n", "2024年重点工作计划执行情况", "序号", "重点工作", "责任", "领导", "责任",
                "科室", "攻坚目标", "任务", "第二季度", "完成情况",
                "1", "白仙山水库政策处理", "欧乾震", "水库工作领导小组", "完成项目政策处理工作。", "迁移进度达60%。",
                "2", "创建美丽城镇", "吴宇凡", "城建办", "成功创建首批美丽城镇。", "已完成。",
                "3", "提升农村公路", "王五", "交通办", "完成道路提升10公里。", "已完成5公里。"));
        assertThat(r.tables().get(0).header()).containsExactly("序号", "重点工作", "责任领导", "责任科室", "攻坚目标任务",
                "第二季度完成情况");
        assertThat(r.tasks()).hasSize(3);
        assertThat(r.tasks().get(0).responsible()).containsExactly("水库工作领导小组");
        assertThat(r.tasks().get(0).requirement()).isEqualTo("完成项目政策处理工作。");
        assertThat(r.tasks().get(1).extra()).containsEntry("责任领导", "吴宇凡");
    }

    @Test
    void theLastRowOfParagraphCellsGoesInOrderWhereItFillsTheHeader() throws Exception {
        // The last row has no next number to end it; filling every column, it is read in order, not by content
        // (现代化美丽城镇 ends like a town's name but is the task).
        NoticeResult r = read(String.join("\n\n", "重点工作计划", "序号", "重点工作", "责任领导", "责任科室", "工作任务安排",
                "1", "水库工程政策处理", "欧乾震", "水库工作领导小组", "推进坟墓迁移工作。",
                "2", "现代化美丽城镇", "吴宇凡", "乡村振兴办", "按照时间节点开展项目建设。"));
        assertThat(r.tasks()).extracting(Task::task).containsExactly("水库工程政策处理", "现代化美丽城镇");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("水库工作领导小组"),
                List.of("乡村振兴办"));
        assertThat(r.tasks().get(1).requirement()).isEqualTo("按照时间节点开展项目建设。");
    }

    @Test
    void spacedRowsUnderAHeaderWhoseTwoLineCellsWerePrintedAsTwoWords() throws Exception {
        // 牵头 / 领导 and 主体 / 责任单位 were two lines of one header cell; a two-character name is padded (汪  峰);
        // the rows are an excerpt (81, 85); the unit cell of row 81 wraps onto lines of its own with the cells after it.
        NoticeResult r = read(String.join("\n", "2023年重点工作责任清单进展情况汇总表",
                "序号 2023年重点工作任务 牵头  领导 牵头   责任单位 主体   责任单位 工作评价 2023年10-12月份进展情况 备注",
                "81 落实疫情防控优化措施,加强医疗资源建设。 汪  峰   吴蓓蓓 县卫健委 各乡镇",
                "县开发区",
                "县直有关单位 达到时序进度 加强基层医疗卫生机构人员培训",
                "85 新增托育机构2所以上。 吴蓓蓓 县卫健委 有关乡镇 已完成 完成托幼中心备案工作"));
        assertThat(r.tables().get(0).header()).containsExactly("序号", "2023年重点工作任务", "牵头领导", "牵头责任单位",
                "主体责任单位", "工作评价", "2023年10-12月份进展情况", "备注");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("落实疫情防控优化措施,加强医疗资源建设",
                "新增托育机构2所以上");
        assertThat(r.tasks()).extracting(Task::lead).containsExactly(List.of("县卫健委"), List.of("县卫健委"));
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("各乡镇", "县开发区", "县直有关单位"),
                List.of("有关乡镇"));
        assertThat(r.tasks().get(0).extra()).containsEntry("牵头领导", "汪峰吴蓓蓓");
        assertThat(r.warnings()).extracting(w -> w.code()).contains("seq-gap");
    }

    @Test
    void aWebPageWhoseTableWasPastedAsParagraphsIsReadAsPastedTextIs() throws Exception {
        // No <table> on the page: each cell became a <p>. The text readings find the table all the same.
        StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        for (String cell : List.of("2016年民生实事目标任务分解表", "序号", "民生实事", "责任单位", "完成时限",
                "1", "启动县图书馆新馆建设。", "县文体广新局", "12月底前",
                "2", "迁建县政务服务中心。", "县政务服务中心", "6月底前")) {
            page.append("<p>").append(cell).append("</p>");
        }
        page.append("</body></html>");
        NoticeResult r = new PlanExtractor().convert(page.toString().getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(r.tables()).hasSize(1);
        assertThat(r.tasks()).extracting(Task::task).containsExactly("启动县图书馆新馆建设", "迁建县政务服务中心");
        assertThat(r.tasks()).extracting(Task::responsible).containsExactly(List.of("县文体广新局"), List.of("县政务服务中心"));
    }
}

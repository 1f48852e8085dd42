package io.planextract.table;

import static io.planextract.table.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES §2: header rows and column roles. */
class HeaderDetectorTest {
    private static List<ColumnRole> roles(Header h) {
        return h.columns().stream().map(Column::role).toList();
    }

    @Test
    void rolesFromLabelsInAnyOrderWithSynonyms() {
        var table = Tables.text(row("重点工作", "工作内容", "牵头部门", "配合单位", "时间节点"),
                row("a", "b", "c", "d", "e"));
        Header h = HeaderDetector.detect(table, 5, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.TASK, ColumnRole.REQUIREMENT, ColumnRole.LEAD,
                ColumnRole.RESPONSIBLE, ColumnRole.DEADLINE);
    }

    @Test
    void traditionalCharactersAndLabelsBrokenOverTwoParagraphs() {
        var table = Tables.text(row("序號", "工作任務", "具體要求", "責任單位", "完成|時限"), row("1", "b", "c", "d", "e"));
        Header h = HeaderDetector.detect(table, 5, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.REQUIREMENT,
                ColumnRole.RESPONSIBLE, ColumnRole.DEADLINE);
        assertThat(h.labels()).containsExactly("序號", "工作任務", "具體要求", "責任單位", "完成時限");
    }

    @Test
    void taskLabelOverTwoDataColumnsGivesSectionAndTask() {
        var table = Tables.text(row("序号", "工作任务", "工作要求", "责任单位"), row("1", "a", "b", "c", "d"));
        var found = HeaderDetector.detect(table, 5, 1).orElseThrow();
        assertThat(roles(found.header())).containsExactly(ColumnRole.SEQ, ColumnRole.SECTION, ColumnRole.TASK,
                ColumnRole.REQUIREMENT, ColumnRole.RESPONSIBLE);
        assertThat(found.header().labels()).containsExactly("序号", "工作任务", "工作要求", "责任单位");
        assertThat(found.warnings()).extracting(w -> w.code()).containsExactly("header-spans-columns");
    }

    @Test
    void spanningTaskCellInAnExactTable() {
        var table = Tables.exact(row("序号", "工作任务", "<", "工作要求", "责任单位"), row("1", "a", "b", "c", "d"));
        Header h = HeaderDetector.detect(table, 5, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.SEQ, ColumnRole.SECTION, ColumnRole.TASK,
                ColumnRole.REQUIREMENT, ColumnRole.RESPONSIBLE);
    }

    @Test
    void twoRowHeaderInATextDump() {
        // 责任单位 spans 牵头单位 | 配合单位; the other first-row cells are merged down (blank in the dump).
        var table = Tables.text(row("序号", "工作任务", "具体要求", "责任单位", "完成时限"),
                row("", "", "", "牵头单位", "配合单位", ""),
                row("1", "a", "b", "c", "d", "e"));
        Header h = HeaderDetector.detect(table, 6, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.REQUIREMENT,
                ColumnRole.LEAD, ColumnRole.RESPONSIBLE, ColumnRole.DEADLINE);
        assertThat(h.rows()).isEqualTo(2);
        assertThat(h.labels()).containsExactly("序号", "工作任务", "具体要求", "牵头单位", "配合单位", "完成时限");
    }

    @Test
    void twoRowHeaderInAnExactTable() {
        var table = Tables.exact(row("序号", "工作任务", "责任单位", "<", "完成时限"),
                row("^", "^", "牵头单位", "配合单位", "^"),
                row("1", "a", "c", "d", "e"));
        Header h = HeaderDetector.detect(table, 5, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.LEAD,
                ColumnRole.RESPONSIBLE, ColumnRole.DEADLINE);
    }

    @Test
    void responsibleAndAssistingColumnsWithoutLead() {
        var table = Tables.text(row("工作任务", "责任单位", "配合单位"), row("a", "b", "c"));
        Header h = HeaderDetector.detect(table, 3, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.RESPONSIBLE);
    }

    @Test
    void unknownColumnsAreExtraAndTitleRowsAboveAreSkipped() {
        var table = Tables.exact(row("2025年任务分解表", "<", "<", "<", "<"),
                row("工作任务", "责任单位", "完成时限", "备注", "栏目"), row("a", "b", "c", "d", "e"));
        var found = HeaderDetector.detect(table, 5, 1).orElseThrow();
        assertThat(found.firstRow()).isEqualTo(1);
        // 备注 is a known header word that assigns nothing; only the unknown 栏目 is worth a reviewer's look.
        assertThat(found.warnings()).extracting(w -> w.code()).containsExactly("column-without-role");
        assertThat(found.warnings().get(0).message()).contains("栏目");
        assertThat(roles(found.header())).containsExactly(ColumnRole.TASK, ColumnRole.RESPONSIBLE,
                ColumnRole.DEADLINE, ColumnRole.EXTRA, ColumnRole.EXTRA);
    }

    @Test
    void aTableOfDataHasNoHeader() {
        assertThat(HeaderDetector.detect(Tables.text(row("张三", "李四"), row("1", "2")), 2, 1)).isEmpty();
    }

    @Test
    void numberedRowsUnderAHeaderWithoutSeqLabelGetASequenceColumn() {
        var table = Tables.text(row("工作任务", "工作要求", "责任单位"), row("1", "a", "b", "c"), row("2", "", "d", "e"));
        Header h = HeaderDetector.detect(table, 4, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.REQUIREMENT,
                ColumnRole.RESPONSIBLE);
    }

    @Test
    void peopleColumnsAreNotUnits() {
        var table = Tables.text(row("重点任务", "牵头单位", "责任领导", "联系人"), row("a", "b", "c", "d"));
        Header h = HeaderDetector.detect(table, 4, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.EXTRA, ColumnRole.EXTRA);
    }

    @Test
    void aTableWithoutTaskOrRequirementColumnIsNoTaskTable() {
        assertThat(HeaderDetector.detect(Tables.text(row("序号", "单位", "联系人", "电话"), row("1", "区财政局", "张三", "123")),
                4, 1)).isEmpty();
    }

    @Test
    void aTaskColumnInTheNoticesOwnWordsIsReadByItsPlaceLeftOfTheUnits() {
        var table = Tables.text(row("专项整治行业名称", "时间安排", "责任单位"), row("烟花爆竹", "1月份", "安监站"));
        var found = HeaderDetector.detect(table, 3, 1).orElseThrow();
        assertThat(roles(found.header())).containsExactly(ColumnRole.TASK, ColumnRole.DEADLINE,
                ColumnRole.RESPONSIBLE);
        assertThat(found.warnings()).extracting(w -> w.code()).containsExactly("task-column-by-position");
    }

    @Test
    void aPeopleColumnIsNeverTakenForTheTaskColumn() {
        var table = Tables.text(row("序号", "责任领导", "民生实事", "责任单位"), row("1", "张三", "新建天桥", "县住建局"));
        Header h = HeaderDetector.detect(table, 4, 1).orElseThrow().header();
        assertThat(roles(h)).containsExactly(ColumnRole.SEQ, ColumnRole.EXTRA, ColumnRole.TASK,
                ColumnRole.RESPONSIBLE);
    }

    @Test
    void withoutAUnitColumnThereIsNoTaskTable() {
        var table = Tables.text(row("姓名", "职务", "联系电话"), row("张三", "科长", "123"));
        assertThat(HeaderDetector.detect(table, 3, 1)).isEmpty();
    }
}

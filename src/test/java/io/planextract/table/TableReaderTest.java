package io.planextract.table;

import static io.planextract.table.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES §2–3: section rows, repeated headers, truncated rows and inheritance. */
class TableReaderTest {
    private static final String[] HEADER = {"工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"};

    private static TableReading read(io.planextract.doc.Table t) {
        return TableReader.read(t, 1).orElseThrow();
    }

    @Test
    void sectionRowSetsTheSectionAndIsNotATask() {
        var r = read(Tables.text(HEADER, row("一、坚持标准引领"), row("（一）任务", "县政府办公室", "县财政局", "要求", "3月底前")));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).section()).isEqualTo("一、坚持标准引领");
        assertThat(r.rows().get(0).row()).isEqualTo(2);
        assertThat(r.rows().get(0).inherited()).isEmpty();
    }

    @Test
    void blankCellsInheritFromTheRowAbove() {
        var r = read(Tables.text(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("", "", "", "要求二", "")));
        TaskRow second = r.rows().get(1);
        assertThat(second.task()).isEqualTo("任务甲");
        assertThat(second.lead()).isEqualTo("县政府办公室");
        assertThat(second.responsible()).isEqualTo("县财政局");
        assertThat(second.deadline()).isEqualTo("3月底前");
        assertThat(second.requirement()).isEqualTo("要求二");
        assertThat(second.inherited()).containsExactly("task", "lead", "responsible", "deadline");
    }

    @Test
    void statedLeadWithBlankResponsibleHasNoResponsible() {
        var r = read(Tables.text(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("", "县政府各部门", "", "要求二", "")));
        assertThat(r.rows().get(1).lead()).isEqualTo("县政府各部门");
        assertThat(r.rows().get(1).responsible()).isNull();
    }

    @Test
    void blankLeadWithStatedResponsibleInheritsTheLead() {
        var r = read(Tables.text(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("", "", "县民政局", "要求二", "")));
        assertThat(r.rows().get(1).lead()).isEqualTo("县政府办公室");
        assertThat(r.rows().get(1).responsible()).isEqualTo("县民政局");
    }

    @Test
    void realMergeAlwaysInheritsEvenBesideAStatedLead() {
        var r = read(Tables.exact(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("^", "县政府各部门", "^", "要求二", "^")));
        assertThat(r.rows().get(1).responsible()).isEqualTo("县财政局");
        assertThat(r.rows().get(1).inherited()).containsExactly("task", "responsible", "deadline");
    }

    @Test
    void reallyEmptyCellInAnExactTableFollowsThePairRule() {
        var r = read(Tables.exact(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("^", "县政府各部门", "", "要求二", "^")));
        assertThat(r.rows().get(1).responsible()).isNull();
    }

    @Test
    void sectionRowEndsEveryMerge() {
        var r = read(Tables.text(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("二、新的部分"), row("", "", "", "要求二", "")));
        TaskRow after = r.rows().get(1);
        assertThat(after.task()).isNull();
        assertThat(after.lead()).isNull();
        assertThat(after.deadline()).isNull();
        assertThat(after.section()).isEqualTo("二、新的部分");
    }

    @Test
    void repeatedHeaderRowAfterAPageBreakIsSkipped() {
        var r = read(Tables.text(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"), HEADER,
                row("", "", "", "要求二", "")));
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().get(1).lead()).isEqualTo("县政府办公室");
    }

    @Test
    void truncatedLastRowBehavesAsBlank() {
        var r = read(Tables.text(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("", "", "", "要求二")));
        assertThat(r.rows().get(1).deadline()).isEqualTo("3月底前");
    }

    @Test
    void newTaskTitleStillInheritsUnitsWithAWarning() {
        var r = read(Tables.text(row("序号", "工作任务", "工作举措", "责任单位"), row("1", "任务甲", "要求一", "区财政局"),
                row("2", "任务乙", "要求二", "")));
        assertThat(r.rows().get(1).responsible()).isEqualTo("区财政局");
        assertThat(r.warnings()).extracting(Warning::code).contains("inherited-across-task");
    }

    @Test
    void sequenceGapsAndRepeatsAreWarned() {
        var r = read(Tables.text(row("序号", "工作任务", "责任单位"), row("1", "a", "x"), row("3", "b", "y"),
                row("3", "c", "z")));
        assertThat(r.warnings()).extracting(Warning::code).containsExactly("seq-gap", "seq-repeat");
    }

    @Test
    void extraCellsBeyondTheHeaderAreKept() {
        var r = read(Tables.exact(row("工作任务", "责任单位", "备注"), row("a", "x", "已完成")));
        assertThat(r.rows().get(0).extra()).containsEntry("备注", "已完成");
    }

    @Test
    void ambiguousBlankIsWarned() {
        var r = read(Tables.text(HEADER, row("任务甲", "县政府办公室", "县财政局", "要求一", "3月底前"),
                row("", "县民政局", "", "要求二", ""), row("", "县民政局", "县财政局", "要求三", "")));
        assertThat(r.rows().get(1).responsible()).isNull();
        assertThat(r.warnings()).extracting(Warning::code).contains("ambiguous-blank");
        assertThat(List.of(r.rows().get(2).responsible())).containsExactly("县财政局");
    }

    @Test
    void unmergedRowWithOnlyANumberedHeadingIsASectionRow() {
        var r = read(Tables.exact(HEADER, row("一、第一部分", "", "", "", ""),
                row("（一）任务", "县政府办公室", "县财政局", "要求", "3月底前")));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).section()).isEqualTo("一、第一部分");
    }

    @Test
    void groupHeadingUnderASectionNamesTheTaskOfTheRowsBelow() {
        var r = read(Tables.text(row("序号", "具体要求", "责任单位", "完成时限"), row("一、第一部分"), row("（一）优化机制"),
                row("1", "要求一", "区财政局", "全年"), row("（二）规范办理"), row("2", "要求二", "区民政局", "全年")));
        assertThat(r.rows()).extracting(TaskRow::section).containsOnly("一、第一部分");
        assertThat(r.rows()).extracting(TaskRow::task).containsExactly("（一）优化机制", "（二）规范办理");
    }

    @Test
    void sectionNumberInTheSeqColumnWithItsTitleBeside() {
        var r = read(Tables.text(row("序号", "工作任务", "责任单位", "完成时限"), row("一", "坚持标准引领"),
                row("1", "任务甲", "区财政局", "全年")));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).section()).isEqualTo("一、坚持标准引领");
    }
}

package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DOCX, HTML and DOC forms of the samples give the table the text dump shows, with exact merges. */
class SampleTablesTest {

    private static Table onlyTable(String name) throws ReadException {
        Document d = Readers.read(SampleDocuments.bytes(name), ReadLimits.DEFAULT);
        List<Table> tables = SampleDocuments.tables(d);
        assertThat(tables).as(name).hasSize(1);
        assertThat(tables.get(0).exactMerges()).isTrue();
        return tables.get(0);
    }

    private static String text(Cell c) {
        return String.join("", c.paragraphs()).strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhoucun-2025-task-breakdown.docx", "zhoucun-2025-task-breakdown.html",
        "doc/zhoucun-2025-task-breakdown.doc"})
    void zhoucun2025(String name) throws Exception {
        Table t = onlyTable(name);
        Row header = t.rows().get(0);
        assertThat(header.cells()).extracting(SampleTablesTest::text).containsExactly("序号", "工作任务", "工作要求", "责任单位");
        assertThat(header.cells()).extracting(Cell::colSpan).containsExactly(1, 2, 1, 1);
        List<Row> data = t.rows().subList(1, t.rows().size());
        assertThat(data).hasSize(38);
        assertThat(data).allSatisfy(r -> {
            assertThat(r.width()).isEqualTo(5);
            assertThat(r.cells()).hasSize(5);
        });
        for (int i = 0; i < data.size(); i++) {
            assertThat(text(data.get(i).cells().get(0))).isEqualTo(String.valueOf(i + 1));
        }
        // row 2 continues the first- and second-level task and the responsible units of row 1
        assertThat(data.get(1).cells()).extracting(Cell::continued).containsExactly(false, true, true, false, true);
        assertThat(text(data.get(0).cells().get(1))).isEqualTo("坚守标准导向，全面推进政务公开规范提质");
        assertThat(text(data.get(9).cells().get(4))).isEqualTo("区政府办公室牵头，2025年度政策性文件起草单位具体负责");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wenshang-2025-task-breakdown.docx", "wenshang-2025-task-breakdown.html",
        "doc/wenshang-2025-task-breakdown.doc"})
    void wenshang2025(String name) throws Exception {
        Table t = onlyTable(name);
        assertThat(t.rows().get(0).cells()).extracting(SampleTablesTest::text)
                .containsExactly("工作任务", "牵头部门", "责任单位", "具体要求", "完成时限");
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.width()).isEqualTo(5));
        List<Row> sections = t.rows().stream().filter(r -> r.cells().size() == 1).toList();
        assertThat(sections).extracting(r -> text(r.cells().get(0))).containsExactly(
                "一、坚持标准引领，持续推进政务公开规范转型", "二、强化数字赋能，全力助推政务公开提质增效",
                "三、围绕重点工作，更好发挥政务公开功能作用", "四、健全工作机制，全面夯实政务公开工作基础");
        assertThat(sections).allSatisfy(r -> assertThat(r.cells().get(0).colSpan()).isEqualTo(5));
        assertThat(t.rows()).hasSize(1 + 4 + 52);
        // task (二), second row: task, lead and responsible continue from the row above
        Row row = t.rows().get(7);
        assertThat(row.cells()).extracting(Cell::continued).containsExactly(true, true, true, false, false);
    }
}

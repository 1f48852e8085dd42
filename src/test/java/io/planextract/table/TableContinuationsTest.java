package io.planextract.table;

import static io.planextract.table.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.doc.Block;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table cut by a page break is read as one. */
class TableContinuationsTest {
    private static final String[] HEADER = {"序号", "工作任务", "责任单位"};

    @Test
    void aHeaderlessTableOfTheSameWidthRightAfterContinuesIt() {
        List<Block> joined = TableContinuations.join(List.of(
                Tables.text(HEADER, row("1", "任务甲", "区财政局")), Tables.text(row("2", "", ""), row("3", "任务乙", "区民政局"))));
        assertThat(joined).hasSize(1);
        TableReading r = TableReader.read((Table) joined.get(0), 1).orElseThrow();
        assertThat(r.rows()).hasSize(3);
        assertThat(r.rows().get(1).responsible()).isEqualTo("区财政局");
    }

    @Test
    void aRepeatedHeaderAlsoContinuesIt() {
        List<Block> joined = TableContinuations.join(List.of(
                Tables.text(HEADER, row("1", "任务甲", "区财政局")), Tables.text(HEADER, row("2", "任务乙", "区民政局"))));
        assertThat(joined).hasSize(1);
        assertThat(TableReader.read((Table) joined.get(0), 1).orElseThrow().rows()).hasSize(2);
    }

    @Test
    void aParagraphBetweenOrAnotherHeaderKeepsTablesApart() {
        assertThat(TableContinuations.join(List.of(Tables.text(HEADER, row("1", "a", "b")), new Paragraph("附件2", 9),
                Tables.text(row("2", "c", "d"))))).hasSize(3);
        assertThat(TableContinuations.join(List.of(Tables.text(HEADER, row("1", "a", "b")),
                Tables.text(row("重点工作", "牵头单位", "完成时限"), row("c", "d", "e"))))).hasSize(2);
    }

    @Test
    void thousandsOfPartsWithOneHeaderAreJoinedInOnePass() {
        // Quadratic joining took minutes here (each part copied every row before it); linear takes milliseconds.
        List<Block> parts = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            parts.add(Tables.text(HEADER, row(String.valueOf(i + 1), "任务" + i, "区财政局")));
        }

        List<Block> joined = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> TableContinuations.join(parts));

        assertThat(joined).hasSize(1);
        assertThat(((Table) joined.get(0)).rows()).hasSize(40_000);
    }
}

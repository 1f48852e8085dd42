package io.planextract.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.fixtures.GoldResults;
import io.planextract.ledger.LedgerFormat;
import io.planextract.ledger.UnitIndex;
import io.planextract.ledger.UnitLedgerWriter;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells that a spreadsheet would run as formulas are written as text (OWASP "CSV injection"). */
class CsvFormulaTest {
    private static final NoticeResult ZHOUCUN = GoldResults.load("zhoucun-2025-task-breakdown");

    @TempDir
    Path tmp;

    private static NoticeResult withTask(String task, String lead) {
        Task t = ZHOUCUN.tasks().get(0);
        Task hostile = new Task(t.id(), t.seq(), t.section(), t.sectionNo(), task, t.taskNo(), t.requirement(),
                lead, t.responsibleText(), List.of(lead), t.responsible(), t.scopes(), t.deadline(), t.extra(),
                t.inherited(), t.origin());
        return new NoticeResult(ZHOUCUN.schemaVersion(), ZHOUCUN.source(), ZHOUCUN.notice(), ZHOUCUN.tables(),
                List.of(hostile), List.of());
    }

    private static String csv(NoticeResult result, boolean escape) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSink sink = new CsvSink(out, false, Labels.EN, escape)) {
            sink.accept(result);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void formulaLikeCellsGetALeadingQuote() throws Exception {
        String out = csv(withTask("=HYPERLINK(\"http://x\",\"点击\")", "@SUM(A1)"), true);

        assertThat(out).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\"").contains("'@SUM(A1)")
                .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    @Test
    void chineseHeadingsStillNeutraliseFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSink sink = new CsvSink(out, false, Labels.ZH, true)) {
            sink.accept(withTask("=1+1", "区财政局"));
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("来源文件,").contains(",'=1+1,")
                .doesNotContain(",=1+1,");
    }

    @Test
    void everyFormulaStartIsCovered() {
        for (String cell : List.of("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1")) {
            assertThat(CsvCells.neutralise(cell)).as(cell).isEqualTo("'" + cell);
        }
        assertThat(CsvCells.neutralise("区财政局")).isEqualTo("区财政局");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }

    @Test
    void machineConsumersCanHaveTheRawText() throws Exception {
        String out = csv(withTask("=1+1", "区财政局"), false);

        assertThat(out).contains(",=1+1,").doesNotContain("'=");
    }

    @Test
    void ledgerCsvsAreNeutralisedToo() throws Exception {
        UnitLedgerWriter.write(UnitIndex.build(List.of(withTask("+cmd|' /C calc'!A0", "区财政局"))), tmp,
                LedgerFormat.CSV, false);

        assertThat(Files.readString(tmp.resolve("区财政局.csv"))).contains("'+cmd|' /C calc'!A0");
    }
}

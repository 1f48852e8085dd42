package io.planextract.read.sheet;

import static io.planextract.read.sheet.Workbooks.merge;
import static io.planextract.read.sheet.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.PlanExtractor;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Table;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.SampleDocuments;
import io.planextract.read.sheet.Workbooks.Kind;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SheetReaderTest {
    private final SheetReader reader = new SheetReader();

    private Document read(byte[] workbook) throws ReadException {
        return reader.read(workbook, ReadLimits.DEFAULT);
    }

    private static NoticeResult extract(byte[] workbook, Kind kind) throws Exception {
        return new PlanExtractor().convert(workbook, "任务分解表." + kind.name().toLowerCase());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void mergedCellsBecomeContinuedCells(Kind kind) throws Exception {
        Document d = read(kind.make(wb -> Workbooks.taskSheet(wb.createSheet("任务"), 0)));
        assertThat(d.format()).isEqualTo(kind == Kind.XLSX ? Format.XLSX : Format.XLS);
        Table t = SampleDocuments.tables(d).get(0);
        assertThat(t.exactMerges()).isTrue();
        assertThat(SampleDocuments.sketch(t)).isEqualTo("""
                序号 | 工作任务 | 工作要求 | 牵头单位 | 完成时限 |\s
                1 | 推进项目建设 | 开工十个项目 | 区发改局 | 2025年6月底前 |\s
                2 | ^ | 竣工五个项目 | ^ | 2025年12月底前 |\s
                """);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void mergedTaskCellsAreInheritedAndSaidToBe(Kind kind) throws Exception {
        NoticeResult r = extract(kind.make(wb -> Workbooks.taskSheet(wb.createSheet("任务"), 0)), kind);
        assertThat(r.tasks()).hasSize(2);
        Task second = r.tasks().get(1);
        assertThat(second.task()).isEqualTo("推进项目建设");
        assertThat(second.lead()).containsExactly("区发改局");
        assertThat(second.inherited()).contains("task", "lead");
        assertThat(r.tasks().get(0).inherited()).isEmpty();
    }

    @Test
    void aHorizontalMergeIsOneCellSpanningItsColumns() throws Exception {
        Document d = read(Kind.XLSX.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0, "序号|工作任务||责任单位", "1|一、发展|（一）项目|区发改局");
            merge(s, "B1:C1");
        }));
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(d).get(0))).startsWith("序号 | 工作任务*2 | 责任单位 |");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aHiddenColumnIsLeftOutWithAWarningNamingSheetAndColumn(Kind kind) throws Exception {
        Document d = read(kind.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0, "序号|工作任务|内部备注|牵头单位", "1|推进项目建设|不公开|区发改局");
            s.setColumnHidden(2, true);
        }));
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(d).get(0)))
                .isEqualTo("序号 | 工作任务 | 牵头单位 | \n1 | 推进项目建设 | 区发改局 | \n");
        assertThat(d.warnings()).extracting(Warning::code, Warning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hidden-columns", "工作表“任务”隐藏的C列有内容，未读取"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aHiddenRowIsLeftOutWithAWarningNamingSheetAndRow(Kind kind) throws Exception {
        Document d = read(kind.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0, "序号|工作任务|牵头单位", "1|推进项目建设|区发改局", "2|已取消的任务|区财政局");
            s.getRow(2).setZeroHeight(true);
        }));
        assertThat(SampleDocuments.tables(d).get(0).rows()).hasSize(2);
        assertThat(d.warnings()).extracting(Warning::message).containsExactly("工作表“任务”隐藏的第3行有内容，未读取");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRowOfNoHeightAndAColumnOfNoWidthAreHiddenToo(Kind kind) throws Exception {
        Document d = read(kind.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0, "序号|工作任务|内部备注|牵头单位", "1|推进项目建设|不公开|区发改局", "2|已取消的任务||区财政局");
            s.setColumnWidth(2, 0);
            s.getRow(2).setHeight((short) 0);
        }));
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(d).get(0)))
                .isEqualTo("序号 | 工作任务 | 牵头单位 | \n1 | 推进项目建设 | 区发改局 | \n");
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("hidden-rows", "hidden-columns");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFormulaShowsTheValueItHadWhenSaved(Kind kind) throws Exception {
        Document d = read(kind.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0, "序号|工作任务|牵头单位", "|推进项目建设|");
            s.getRow(1).createCell(0).setCellFormula("ROW()-1");
            s.getRow(1).createCell(2).setCellFormula("CONCATENATE(\"区\",\"发改局\")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }));
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(d).get(0))).endsWith("1 | 推进项目建设 | 区发改局 | \n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void datesAreShownAsAChineseExcelDisplaysThem(Kind kind) throws Exception {
        Document d = read(kind.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0, "工作任务|自定格式|短日期|内置中文格式");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("推进项目建设");
            CellStyle custom = wb.createCellStyle();
            custom.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle shortDate = wb.createCellStyle();
            shortDate.setDataFormat((short) 14);
            CellStyle builtin = wb.createCellStyle();
            builtin.setDataFormat((short) 31); // filled in by a Chinese Excel itself: "reserved" to POI
            CellStyle[] styles = {custom, shortDate, builtin};
            for (int c = 0; c < styles.length; c++) {
                row.createCell(c + 1).setCellValue(LocalDate.of(2025, 6, 30));
                row.getCell(c + 1).setCellStyle(styles[c]);
            }
        }));
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(d).get(0)))
                .endsWith("推进项目建设 | 2025年6月30日 | 2025/6/30 | 2025年6月30日 | \n");
    }

    @Test
    void numbersAreShownInTheirFormat() throws Exception {
        Document d = read(Kind.XLSX.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0, "序号|工作任务|投资");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("推进项目建设");
            row.createCell(2).setCellValue(12345.5);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            row.getCell(2).setCellStyle(money);
        }));
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(d).get(0))).endsWith("1 | 推进项目建设 | 12,345.50 | \n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTitleMergedAcrossAboveTheHeaderIsTheTableTitle(Kind kind) throws Exception {
        byte[] wb = kind.make(w -> {
            Sheet s = w.createSheet("任务");
            rows(s, 0, "2025年重点工作任务分解表");
            merge(s, "A1:E1");
            Workbooks.taskSheet(s, 1);
        });
        Document d = read(wb);
        assertThat(d.blocks().get(0)).isEqualTo(new Paragraph("2025年重点工作任务分解表", 0));
        assertThat(d.blocks().get(1)).isInstanceOf(Table.class);
        assertThat(extract(wb, kind).tables().get(0).title()).isEqualTo("2025年重点工作任务分解表");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTwoRowHeaderGivesLeadAndResponsibleColumns(Kind kind) throws Exception {
        NoticeResult r = extract(kind.make(wb -> {
            Sheet s = wb.createSheet("任务");
            rows(s, 0,
                    "序号|工作任务|责任单位||完成时限",
                    "||牵头单位|配合单位|",
                    "1|推进项目建设|区发改局|区财政局|2025年6月底前");
            merge(s, "A1:A2", "B1:B2", "C1:D1", "E1:E2");
        }), kind);
        assertThat(r.tasks()).hasSize(1);
        assertThat(r.tasks().get(0).lead()).containsExactly("区发改局");
        assertThat(r.tasks().get(0).responsible()).containsExactly("区财政局");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNoteRowUnderTheTableIsAParagraphAfterIt(Kind kind) throws Exception {
        byte[] wb = kind.make(w -> {
            Sheet s = w.createSheet("任务");
            Workbooks.taskSheet(s, 0);
            rows(s, 4, "注：完成时限为最迟时间。");
            merge(s, "A5:E5");
        });
        Document d = read(wb);
        assertThat(d.blocks()).hasSize(2);
        assertThat(d.blocks().get(1)).isEqualTo(new Paragraph("注：完成时限为最迟时间。", 0));
        assertThat(SampleDocuments.tables(d).get(0).rows()).hasSize(3);
        assertThat(extract(wb, kind).tasks()).hasSize(2);
    }

    @Test
    void aSignOffRowOfLabelsUnderTheTableIsNotATask() throws Exception {
        byte[] wb = Kind.XLSX.make(w -> {
            Sheet s = w.createSheet("任务");
            Workbooks.taskSheet(s, 0);
            rows(s, 4, "填报人：张三||联系电话：12345678");
        });
        Document d = read(wb);
        assertThat(SampleDocuments.paragraphs(d)).containsExactly("填报人：张三", "联系电话：12345678");
        assertThat(extract(wb, Kind.XLSX).tasks()).hasSize(2);
    }

    @Test
    void rowsOfLabelsAboveTheTableLeaveTheTitleJustAboveIt() throws Exception {
        byte[] wb = Kind.XLSX.make(w -> {
            Sheet s = w.createSheet("任务");
            rows(s, 0, "2025年重点工作任务分解表", "填报单位：区政府办", "填报日期：2025年3月1日||审核人：李四");
            merge(s, "A1:E1");
            Workbooks.taskSheet(s, 3);
        });
        NoticeResult r = extract(wb, Kind.XLSX);
        assertThat(r.tables()).extracting(t -> t.title()).containsExactly("2025年重点工作任务分解表");
        assertThat(r.tasks()).hasSize(2);
    }

    @Test
    void aBlankRowBeforeASecondHeaderStartsASecondTable() throws Exception {
        byte[] wb = Kind.XLSX.make(w -> {
            Sheet s = w.createSheet("任务");
            Workbooks.taskSheet(s, 0);
            rows(s, 4, "序号|工作任务|牵头单位", "1|保障项目资金|区财政局");
        });
        assertThat(SampleDocuments.tables(read(wb))).hasSize(2);
        NoticeResult r = extract(wb, Kind.XLSX);
        assertThat(r.tables()).hasSize(2);
        assertThat(r.tasks()).extracting(Task::task).containsExactly("推进项目建设", "推进项目建设", "保障项目资金");
    }

    @Test
    void aBlankRowInsideATableDoesNotCutIt() throws Exception {
        byte[] wb = Kind.XLSX.make(w -> {
            Sheet s = w.createSheet("任务");
            Workbooks.taskSheet(s, 0);
            rows(s, 4, "3|保障项目资金|全年推进|区财政局|2025年12月底前");
        });
        NoticeResult r = extract(wb, Kind.XLSX);
        assertThat(r.tables()).hasSize(1);
        assertThat(r.tasks()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everySheetGivesItsOwnTable(Kind kind) throws Exception {
        byte[] wb = kind.make(w -> {
            Sheet first = w.createSheet("发改");
            rows(first, 0, "一、项目建设");
            Workbooks.taskSheet(first, 1);
            Sheet second = w.createSheet("财政");
            rows(second, 0, "二、资金保障", "序号|工作任务|牵头单位", "1|保障项目资金|区财政局");
        });
        assertThat(SampleDocuments.tables(read(wb))).hasSize(2);
        NoticeResult r = extract(wb, kind);
        assertThat(r.tables()).extracting(t -> t.title()).containsExactly("一、项目建设", "二、资金保障");
        assertThat(r.tasks()).extracting(Task::task).containsExactly("推进项目建设", "推进项目建设", "保障项目资金");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aHiddenSheetIsLeftOutWithAWarning(Kind kind) throws Exception {
        Document d = read(kind.make(wb -> {
            Workbooks.taskSheet(wb.createSheet("任务"), 0);
            rows(wb.createSheet("下拉选项"), 0, "区发改局|区财政局");
            wb.setSheetHidden(1, true);
        }));
        assertThat(SampleDocuments.tables(d)).hasSize(1);
        assertThat(d.warnings()).extracting(Warning::message).containsExactly("工作表“下拉选项”是隐藏的，未读取");
    }
}

package io.planextract.read.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tiny workbooks written by POI for the sheet reader's tests: rows as {@code a|b|c}, merges as {@code A1:E1}. */
final class Workbooks {
    /** The two kinds of workbook, each test run on both where the rule concerns both. */
    enum Kind {
        XLSX, XLS;

        byte[] make(Consumer<Workbook> fill) {
            try (Workbook wb = this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                fill.accept(wb);
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Workbooks() {
    }

    /** Writes rows from {@code firstRow} (0-based) down; an empty field leaves the cell out. */
    static void rows(Sheet sheet, int firstRow, String... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(firstRow + r);
            String[] cells = rows[r].split("\\|", -1);
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }

    static void merge(Sheet sheet, String... refs) {
        for (String ref : refs) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(ref));
        }
    }

    /** A task table with a merged task and a merged lead, as offices write them. */
    static void taskSheet(Sheet sheet, int firstRow) {
        rows(sheet, firstRow,
                "序号|工作任务|工作要求|牵头单位|完成时限",
                "1|推进项目建设|开工十个项目|区发改局|2025年6月底前",
                "2||竣工五个项目||2025年12月底前");
        merge(sheet, "B" + (firstRow + 2) + ":B" + (firstRow + 3), "D" + (firstRow + 2) + ":D" + (firstRow + 3));
    }
}

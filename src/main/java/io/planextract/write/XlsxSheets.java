package io.planextract.write;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** What every sheet of the workbook shares: the header row and how it looks on screen and on paper. */
final class XlsxSheets {
    /** Excel's hard limit for the text of one cell; longer text is cut (POI would throw). */
    static final int MAX_CELL_CHARS = 32_767;

    private XlsxSheets() {
    }

    /**
     * Writes the header row and sets the sheet up for a desk: header frozen and filterable, widths, and on
     * paper A4 landscape, fitted to the page width, with the header repeated on every page and page numbers.
     */
    static void setUp(SXSSFSheet sheet, List<String> headings, int[] widths, XlsxStyles styles) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        SXSSFRow header = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            SXSSFCell cell = header.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headings.size() - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // Fit to one page wide, as many pages tall as it takes (0: no limit).
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getFooter().setCenter("&P / &N");
    }

    /**
     * Writes one value into a new cell: numbers and dates as such, text cut to Excel's limit. Null and empty
     * text make no cell at all, so an empty field is an empty cell rather than an empty string.
     *
     * @return the cell, or null where none was made
     */
    static SXSSFCell put(SXSSFRow row, int column, Object value, CellStyle style) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return null;
        }
        SXSSFCell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text);
        }
        cell.setCellStyle(style);
        return cell;
    }
}

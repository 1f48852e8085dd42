package io.planextract.ledger;

import io.planextract.write.AtomicOutput;
import io.planextract.write.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@link LedgerTable}s as a CSV file or an XLSX workbook, each through {@link AtomicOutput} (a temporary
 * file, renamed when complete), so no half-written ledger is left behind. A workbook's sheets have a frozen,
 * filtered header row, so a clerk can sort and filter at once, and real date cells.
 */
final class LedgerFiles {

    /** Excel's limit on the text of one cell. */
    private static final int MAX_CELL = 32_767;

    private LedgerFiles() {
    }

    static void writeCsv(Path file, LedgerTable table, boolean bom, boolean escapeFormulas) throws IOException {
        try (AtomicOutput output = new AtomicOutput(file)) {
            Writer out = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
            if (bom) {
                out.write('\uFEFF');
            }
            // Closing the printer only flushes: AtomicOutput's stream ends on commit.
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord(table.header());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(v -> csvCell(v, escapeFormulas)).toList());
                }
            }
            output.commit();
        }
    }

    private static Object csvCell(Object value, boolean escapeFormulas) {
        if (value == null) {
            return "";
        }
        if (value instanceof LedgerTable.Link link) {
            value = link.text();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return escapeFormulas && value instanceof String s ? CsvCells.neutralise(s) : value;
    }

    static void writeXlsx(Path file, List<LedgerTable> sheets) throws IOException {
        try (AtomicOutput output = new AtomicOutput(file)) {
            writeXlsx(output.stream(), sheets);
            output.commit();
        }
    }

    private static void writeXlsx(OutputStream out, List<LedgerTable> sheets) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        io.planextract.write.WorkbookStamp.apply(wb);
        try {
            Styles styles = new Styles(wb);
            for (LedgerTable table : sheets) {
                writeSheet(wb, wb.createSheet(table.name()), table, styles);
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void writeSheet(SXSSFWorkbook wb, SXSSFSheet sheet, LedgerTable table, Styles styles) {
        SXSSFRow head = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, table.widths().get(c)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, table.rows().size()), 0, table.header().size() - 1));
        int r = 1;
        for (List<Object> values : table.rows()) {
            SXSSFRow row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue; // an empty cell, not an empty string: COUNTA and blanks filters stay right
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date);
                } else if (v instanceof LedgerTable.Link link) {
                    cell.setCellValue(link.text());
                    Hyperlink hyperlink = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                    hyperlink.setAddress(FileLinks.address(link.target()));
                    cell.setHyperlink(hyperlink);
                    cell.setCellStyle(styles.link);
                } else {
                    String s = v.toString();
                    cell.setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
                    cell.setCellStyle(styles.wrap);
                }
            }
        }
    }

    /** The styles of one workbook, made once rather than per cell. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle date;
        final CellStyle link;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(blue);
            link.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}

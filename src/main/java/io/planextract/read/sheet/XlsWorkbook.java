package io.planextract.read.sheet;

import io.planextract.model.Warning;
import io.planextract.read.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the sheets of a BIFF8 workbook (Excel 97–2003 {@code .xls}, WPS {@code .et}) through POI's usermodel. An
 * XLS holds at most 65,536 rows of 256 columns and is bounded by the input size, so loading it whole is affordable;
 * the limits are checked cell by cell as the sheets are copied out.
 */
final class XlsWorkbook {
    private XlsWorkbook() {
    }

    static void read(byte[] content, SheetCollector collector, List<Warning> warnings)
            throws ReadException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw SheetReader.passwordProtected();
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && root.hasEntry("Book")) {
                throw oldExcel();
            }
            HSSFWorkbook wb;
            try {
                wb = new HSSFWorkbook(root, true);
            } catch (OldExcelFormatException e) {
                throw oldExcel();
            }
            try (wb) {
                copy(wb, collector, warnings);
            }
        }
    }

    private static ReadException oldExcel() {
        return new ReadException("this is an Excel 5.0/95 workbook, a format from before 1997; open it in Excel or"
                + " WPS and save it as XLSX");
    }

    private static void copy(HSSFWorkbook wb, SheetCollector collector, List<Warning> warnings) {
        SheetFormatter formatter = new SheetFormatter(wb.getInternalWorkbook().isUsing1904DateWindowing());
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            collector.countSheet();
            Sheet sheet = wb.getSheetAt(i);
            String name = wb.getSheetName(i);
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                warnings.add(XlsxWorkbook.hiddenSheet(name));
                continue;
            }
            collector.beginSheet(name);
            int lastCol = -1;
            for (Row row : sheet) {
                // a row or column of no height or width is hidden as surely as one marked hidden
                collector.row(row.getRowNum(), row.getZeroHeight() || row.getHeight() == 0);
                for (Cell cell : row) {
                    collector.value(row.getRowNum(), cell.getColumnIndex(), text(cell, formatter));
                    lastCol = Math.max(lastCol, cell.getColumnIndex());
                }
            }
            for (int c = 0; c <= lastCol; c++) {
                if (sheet.isColumnHidden(c) || sheet.getColumnWidth(c) == 0) {
                    collector.hiddenColumns(c, c);
                }
            }
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                collector.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
            }
            collector.endSheet();
        }
    }

    /** A cell's text as Excel shows it; a formula shows the result it had when the file was saved. */
    private static String text(Cell cell, SheetFormatter formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                yield formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                        style.getDataFormatString());
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}

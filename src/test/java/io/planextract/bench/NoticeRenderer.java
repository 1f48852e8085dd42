package io.planextract.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a {@link NoticeSpec} the way real notices arrive: the text dump of Apache Tika (cells one per line
 * after a tab, a blank line after each row), an HTML page with rowspan/colspan, and a Word document with real
 * merged cells, and a workbook with merged regions. Section cells are merged down over their rows (or, in the layouts without a section column, a
 * section row spans the whole table).
 */
public final class NoticeRenderer {
    private NoticeRenderer() {
    }

    /** The layout of one rendered table row: a cell's text and how many columns/rows it spans. */
    record Cell(String text, int colspan, int rowspan, boolean continued) {
    }

    /** The table as a grid of cells, shared by the three renderers. */
    static List<List<Cell>> grid(NoticeSpec spec) {
        List<List<Cell>> grid = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (int i = 0; i < spec.header().size(); i++) {
            header.add(new Cell(spec.header().get(i), spec.taskSpan() && i == 1 ? 2 : 1, 1, false));
        }
        grid.add(header);
        int width = spec.taskSpan() ? spec.header().size() + 1 : spec.header().size();
        int sectionNo = 0;
        List<NoticeSpec.Row> rows = spec.rows();
        for (int r = 0; r < rows.size(); r++) {
            NoticeSpec.Row row = rows.get(r);
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(String.valueOf(row.seq()), 1, 1, false));
            if (spec.taskSpan()) {
                if (row.section() != null) {
                    int span = 1;
                    while (r + span < rows.size() && rows.get(r + span).section() == null) {
                        span++;
                    }
                    cells.add(new Cell(row.section(), 1, span, false));
                } else {
                    cells.add(new Cell("", 1, 1, true));
                }
            } else if (row.section() != null) {
                grid.add(List.of(new Cell(chineseNumber(++sectionNo) + "、" + row.section(), width, 1, false)));
            }
            for (String c : row.cells()) {
                cells.add(new Cell(c, 1, 1, false));
            }
            grid.add(cells);
        }
        return grid;
    }

    public static byte[] text(NoticeSpec spec, Charset charset) {
        StringBuilder b = new StringBuilder(spec.rows().size() * 200 + 1024);
        b.append(spec.issuer()).append("\n\n").append(spec.title()).append('\n').append(spec.docNumber())
                .append("\n\n").append(spec.addressees()).append("：\n")
                .append("为进一步提高政务公开工作成效，现结合我区实际，制定《").append(spec.tableTitle())
                .append("》，请结合工作实际，认真贯彻落实。\n\n").append(spec.issuer()).append("\n\n")
                .append(spec.date()).append("\n\n（此件公开发布）\n\n").append(spec.tableTitle()).append("\n\n");
        for (List<Cell> row : grid(spec)) {
            for (Cell c : row) {
                // A merged cell's continuation is printed as an empty cell, as Tika does.
                b.append('\t').append(c.continued() ? "" : c.text()).append('\n');
                for (int extra = 1; extra < c.colspan() && row.size() > 1; extra++) {
                    b.append('\t').append('\n');
                }
            }
            b.append('\n');
        }
        return b.toString().getBytes(charset);
    }

    public static byte[] html(NoticeSpec spec, Charset charset) {
        StringBuilder b = new StringBuilder(spec.rows().size() * 300 + 1024);
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"").append(charset.name()).append("\"><title>")
                .append(escape(spec.title())).append("</title></head><body>\n")
                .append("<p>").append(escape(spec.issuer())).append("</p>\n")
                .append("<p>").append(escape(spec.title())).append("</p>\n")
                .append("<p>").append(escape(spec.docNumber())).append("</p>\n")
                .append("<p>").append(escape(spec.addressees())).append("：</p>\n")
                .append("<p>").append(escape(spec.date())).append("</p>\n")
                .append("<p align=\"center\"><b>").append(escape(spec.tableTitle())).append("</b></p>\n")
                .append("<table border=\"1\" cellspacing=\"0\">\n");
        for (List<Cell> row : grid(spec)) {
            b.append("<tr>");
            for (Cell c : row) {
                if (c.continued()) {
                    continue; // covered by the rowspan above
                }
                b.append("<td");
                if (c.colspan() > 1) {
                    b.append(" colspan=\"").append(c.colspan()).append('"');
                }
                if (c.rowspan() > 1) {
                    b.append(" rowspan=\"").append(c.rowspan()).append('"');
                }
                b.append("><p>").append(escape(c.text())).append("</p></td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n</body></html>\n");
        return b.toString().getBytes(charset);
    }

    public static byte[] docx(NoticeSpec spec) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : List.of(spec.issuer(), spec.title(), spec.docNumber(), spec.addressees() + "：",
                    spec.issuer(), spec.date(), spec.tableTitle())) {
                doc.createParagraph().createRun().setText(p);
            }
            List<List<Cell>> grid = grid(spec);
            int width = grid.get(1).stream().mapToInt(Cell::colspan).sum();
            XWPFTable table = doc.createTable(grid.size(), 1);
            for (int r = 0; r < grid.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<Cell> cells = grid.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    XWPFTableCell cell = c == 0 ? row.getCell(0) : row.addNewTableCell();
                    Cell model = cells.get(c);
                    cell.setText(model.continued() ? "" : model.text());
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (model.colspan() > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(model.colspan()));
                    }
                    if (model.rowspan() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    } else if (model.continued()) {
                        pr.addNewVMerge(); // no value: continues the merge above
                    }
                }
            }
            table.getCTTbl().getTblPr().addNewTblW().setW(BigInteger.valueOf(width * 1500L));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook as an office writes one: the notice's lines each in a row merged across the table, then the table
     * with its merged section cells (one sheet).
     */
    public static byte[] xlsx(NoticeSpec spec) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("任务分解表");
            List<List<Cell>> grid = grid(spec);
            int width = grid.get(1).stream().mapToInt(Cell::colspan).sum();
            int r = 0;
            for (String p : List.of(spec.issuer(), spec.title(), spec.docNumber(), spec.addressees() + "：",
                    spec.issuer(), spec.date(), spec.tableTitle())) {
                sheet.createRow(r).createCell(0).setCellValue(p);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                r++;
            }
            for (List<Cell> cells : grid) {
                Row row = sheet.createRow(r);
                int c = 0;
                for (Cell model : cells) {
                    if (!model.continued()) {
                        row.createCell(c).setCellValue(model.text());
                        if (model.colspan() > 1 || model.rowspan() > 1) {
                            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r + model.rowspan() - 1, c,
                                    c + model.colspan() - 1));
                        }
                    }
                    c += model.colspan();
                }
                r++;
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return digits[n];
        }
        return n < 20 ? "十" + digits[n - 10] : digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
}

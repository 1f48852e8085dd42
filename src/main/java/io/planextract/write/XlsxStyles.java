package io.planextract.write;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, made once (Excel allows about 64,000 per file, so never one per cell):
 * a bold header, and for each kind of value a plain style and a greyed one for values inherited from a row
 * above, which is how the review page marks them.
 */
final class XlsxStyles {
    /** The fill of an inherited cell; tests read it back. */
    static final short INHERITED_FILL = IndexedColors.GREY_25_PERCENT.getIndex();
    /** The fill of the header row, darker than an inherited cell so the two are never confused. */
    static final short HEADER_FILL = IndexedColors.GREY_40_PERCENT.getIndex();
    /** ISO order, which sorts as text too and is what the notices' dates are normalised to. */
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private final CellStyle header;
    private final Map<XlsxColumn.Type, CellStyle> own = new EnumMap<>(XlsxColumn.Type.class);
    private final Map<XlsxColumn.Type, CellStyle> inherited = new EnumMap<>(XlsxColumn.Type.class);

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(HEADER_FILL);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        Font greyText = workbook.createFont();
        greyText.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        short dateFormat = workbook.createDataFormat().getFormat(DATE_FORMAT);
        short integerFormat = workbook.createDataFormat().getFormat("0");
        for (XlsxColumn.Type type : XlsxColumn.Type.values()) {
            for (boolean grey : new boolean[] {false, true}) {
                CellStyle style = workbook.createCellStyle();
                style.setVerticalAlignment(VerticalAlignment.TOP);
                style.setWrapText(type == XlsxColumn.Type.WRAPPED);
                if (type == XlsxColumn.Type.DATE) {
                    style.setDataFormat(dateFormat);
                } else if (type == XlsxColumn.Type.NUMBER) {
                    style.setDataFormat(integerFormat);
                }
                if (grey) {
                    style.setFillForegroundColor(INHERITED_FILL);
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    style.setFont(greyText);
                }
                (grey ? inherited : own).put(type, style);
            }
        }
    }

    CellStyle header() {
        return header;
    }

    CellStyle of(XlsxColumn.Type type, boolean isInherited) {
        return (isInherited ? inherited : own).get(type);
    }
}

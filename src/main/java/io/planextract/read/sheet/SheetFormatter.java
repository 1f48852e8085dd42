package io.planextract.read.sheet;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Numbers and dates as a Chinese Excel or WPS shows them. POI knows the built-in formats of an English Excel only:
 * the ones a Chinese Excel fills in itself (ids 27–36 and 50–58, {@code 2025年6月30日}) it calls "reserved" and would
 * print the date's serial number, and id 14, the system's short date, it prints the American way ({@code 6/30/25}).
 * Those ids get the formats a zh-CN Excel displays (ECMA-376 Part 1, 18.8.30); every other format is POI's.
 * One instance serves one workbook: it knows whether the workbook counts dates from 1904.
 */
final class SheetFormatter extends DataFormatter {
    private final boolean date1904;

    SheetFormatter(boolean date1904) {
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        String format = chinese(formatIndex, formatString);
        if (format != null && DateUtil.isADateFormat(formatIndex, format)) {
            format = unquoted(format);
        }
        return super.formatRawCellContents(value, formatIndex, format, use1904Windowing || date1904);
    }

    /**
     * A date format with its literal text unquoted: POI prints the quotes of {@code yyyy"年"m"月"d"日"} as text
     * ({@code 2025"年"6"月"30"日"}), though it reads {@code yyyy年m月d日} right. Only literals without ASCII letters are
     * unquoted, since a letter outside quotes would be read as a date field.
     */
    static String unquoted(String format) {
        StringBuilder out = new StringBuilder(format.length());
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int close = c == '"' ? format.indexOf('"', i + 1) : -1;
            if (close > i && noAsciiLetters(format, i + 1, close)) {
                out.append(format, i + 1, close);
                i = close + 1;
            } else if (c == '\\' && i + 1 < format.length() && noAsciiLetters(format, i + 1, i + 2)) {
                out.append(format.charAt(i + 1));
                i += 2;
            } else if (close > i) {
                out.append(format, i, close + 1); // a literal with letters stays quoted
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean noAsciiLetters(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** The format a zh-CN Excel shows for a built-in id that POI leaves unnamed or American; else the one given. */
    static String chinese(int formatIndex, String formatString) {
        boolean unnamed = formatString == null || formatString.startsWith("reserved")
                || formatString.equalsIgnoreCase("General");
        if (formatIndex == 14 && (unnamed || formatString.equals("m/d/yy"))) {
            return "yyyy/m/d";
        }
        if (!unnamed) {
            return formatString;
        }
        return switch (formatIndex) {
            case 27, 36, 50, 52, 57 -> "yyyy\"年\"m\"月\"";
            case 28, 29, 51, 53, 54, 58 -> "m\"月\"d\"日\"";
            case 30 -> "m-d-yy";
            case 31 -> "yyyy\"年\"m\"月\"d\"日\"";
            case 32, 34, 55 -> "h\"时\"mm\"分\"";
            case 33, 35, 56 -> "h\"时\"mm\"分\"ss\"秒\"";
            default -> formatString;
        };
    }
}

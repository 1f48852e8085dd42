package io.planextract.normalize;

/**
 * Chinese numerals as written in headings and dates: 一 … 九十九, 一百…, and digit-by-digit years (二〇二五, often
 * typed with the circle ○ as zero).
 */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not a Chinese numeral. */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        String s = text.replace('〇', '零').replace('○', '零').replace('Ｏ', '零').replace('两', '二').replace('壹', '一').replace('贰', '二')
                .replace('叁', '三').replace('拾', '十');
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
            return digitByDigit(s);
        }
        int total = 0;
        int pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                pending = d;
            } else if (c == '十') {
                total += (pending < 0 ? 1 : pending) * 10;
                pending = -1;
            } else if (c == '百') {
                if (pending < 0) {
                    return -1;
                }
                total += pending * 100;
                pending = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int digitByDigit(String s) {
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = DIGITS.indexOf(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}

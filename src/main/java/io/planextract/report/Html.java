package io.planextract.report;

/** Escaping for text and attribute values of the review page: everything from a notice goes through here. */
final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} as character references and control characters (other than tab and line
     * breaks) dropped, which HTML does not allow; safe in element content and in quoted attribute values.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c == '\r') {
                        continue;
                    }
                }
            }
        }
        return out.toString();
    }

    /** Chinese numerals for section numbers 1–99 ({@code 三}, {@code 十二}); others as digits. */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }
}

package io.planextract.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering in front of a paragraph or a cell, read once for every reader and extractor: its style, its value
 * and where the text after it starts. Full-width and ASCII brackets and dots count alike.
 *
 * @param style  how it is written
 * @param number its value (1 for {@code 一、}, {@code （1）}, {@code ①})
 * @param start  where the numbering starts in the text read
 * @param end    where the text after it starts (spaces after the numbering skipped)
 */
public record NumberingMark(NumberingStyle style, int number, int start, int end) {
    /** Chinese numerals as headings use them, up to 九十九. */
    static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final String DIGITS = "[0-9０-９]{1,2}";
    private static final String SPACE = "[ \\t\\u00a0\\u3000]*";
    /** Each style's pattern; group 1 holds the number. Order matters: the bracketed forms before the bare ones. */
    private static final Pattern[] PATTERNS = new Pattern[NumberingStyle.values().length];

    static {
        put(NumberingStyle.CHAPTER, "第(" + CN + "|" + DIGITS + ")(?:部分|章|篇|编|編)[、.．:：，,]?");
        put(NumberingStyle.ARTICLE, "第(" + CN + "|" + DIGITS + ")条(?![件款例])[、.．:：，,]?");
        put(NumberingStyle.CHINESE_PAREN, "[（(]" + SPACE + "(" + CN + ")" + SPACE + "[）)]" + SPACE + "[、.．]?");
        put(NumberingStyle.ARABIC_PAREN, "(?:[（(]" + SPACE + "(" + DIGITS + ")" + SPACE + "[）)]|([⑴-⒇]))" + SPACE + "[、.．]?");
        put(NumberingStyle.CHINESE, "(" + CN + ")" + SPACE + "[、.．﹒]");
        put(NumberingStyle.ARABIC_COMMA, "(" + DIGITS + ")" + SPACE + "、");
        // 1.5 is a number, not an item; 2.2022年… is item 2 whose text opens with a year.
        put(NumberingStyle.ARABIC_DOT, "(" + DIGITS + ")" + SPACE + "[.．﹒](?:(?![0-9０-９])|(?=[0-9０-９]{4}年))");
        put(NumberingStyle.CIRCLED, "([①-⑳])");
    }

    private static void put(NumberingStyle style, String regex) {
        PATTERNS[style.ordinal()] = Pattern.compile(regex);
    }

    private static final NumberingStyle[] ORDER = {
        NumberingStyle.CHAPTER, NumberingStyle.ARTICLE, NumberingStyle.CHINESE_PAREN, NumberingStyle.ARABIC_PAREN,
        NumberingStyle.CHINESE, NumberingStyle.ARABIC_COMMA, NumberingStyle.ARABIC_DOT, NumberingStyle.CIRCLED,
    };

    /** The numbering that opens {@code text} (after leading spaces), or null. */
    public static NumberingMark at(String text) {
        if (text == null) {
            return null;
        }
        int from = 0;
        while (from < text.length() && isSpace(text.charAt(from))) {
            from++;
        }
        return at(text, from);
    }

    /** The numbering starting exactly at {@code offset} of {@code text}, or null. */
    public static NumberingMark at(String text, int offset) {
        if (text == null || offset < 0 || offset >= text.length() || !canOpen(text.charAt(offset))) {
            return null;
        }
        for (NumberingStyle style : ORDER) {
            Matcher m = PATTERNS[style.ordinal()].matcher(text);
            m.region(offset, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            String token = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
            int value = value(token);
            if (value <= 0) {
                continue;
            }
            int end = m.end();
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            return new NumberingMark(style, value, offset, end);
        }
        return null;
    }

    /** The numbering that opens {@code text} when some text follows it ({@code 一、} alone is no heading), or null. */
    public static NumberingMark opening(String text) {
        NumberingMark m = at(text);
        return m != null && m.end() < text.length() ? m : null;
    }

    /** The text after the numbering. */
    public String rest(String text) {
        return text.substring(end);
    }

    /** The value of a bare Chinese numeral as a 序号 cell writes it ({@code 一}, {@code 十二}), or -1. */
    public static int chineseNumber(String text) {
        return text != null && text.matches(CN) ? value(text) : -1;
    }

    /** The value of a number token: Arabic (ASCII or full-width), Chinese up to 九十九, circled or ⑴-styled. */
    static int value(String token) {
        char c = token.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (c >= '⑴' && c <= '⒇') {
            return c - '⑴' + 1;
        }
        if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
            int v = 0;
            for (int i = 0; i < token.length(); i++) {
                char d = token.charAt(i);
                v = v * 10 + (d >= '０' ? d - '０' : d - '0');
            }
            return v;
        }
        return chinese(token);
    }

    private static int chinese(String s) {
        String digits = "零一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) : -1;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }

    /**
     * Whether a numbering can start with {@code c}: a test that spares the eight patterns for nearly every paragraph
     * (this runs on each paragraph and cell of every notice).
     */
    private static boolean canOpen(char c) {
        return c == '第' || c == '（' || c == '(' || (c >= '0' && c <= '9') || (c >= '０' && c <= '９')
                || (c >= '①' && c <= '⑳') || (c >= '⑴' && c <= '⒇') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }
}

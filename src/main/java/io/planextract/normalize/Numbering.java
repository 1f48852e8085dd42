package io.planextract.normalize;

import io.planextract.grammar.NumberingMark;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering in front of a heading or title ({@code 一、}, {@code （一）}, {@code 5、 }, {@code 1.},
 * {@code (3)}, {@code ①}, {@code 第二部分}) as a number, and the text after it. The numbering styles are the
 * grammar's ({@link NumberingMark}); the looser forms a title may carry besides ({@code 一，}, {@code 第二项},
 * three-digit numbers) are read here.
 */
public final class Numbering {
    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    /** Looser forms than the grammar's styles, tried after them. */
    private static final Pattern[] PREFIXES = {
        Pattern.compile("^[（(]\\s*(" + CN + "|\\d{1,3})\\s*[）)]\\s*[、.．]?\\s*"),
        Pattern.compile("^第(" + CN + "|\\d{1,3})[部分章节条项]?[、.．，,：:\\s]\\s*"),
        Pattern.compile("^(" + CN + ")\\s*[、.．，,]\\s*"),
        Pattern.compile("^(\\d{1,3})\\s*(?:[、，,]|[.．](?!\\d))\\s*"),
        Pattern.compile("^([①-⑳])\\s*"),
    };

    /** A number and the text without it; {@code number} is null where there was no numbering. */
    public record Numbered(Integer number, String text) {
    }

    private Numbering() {
    }

    public static Numbered parse(String text) {
        if (text == null) {
            return new Numbered(null, null);
        }
        NumberingMark mark = NumberingMark.at(text);
        if (mark != null && mark.end() < text.length()) {
            return new Numbered(mark.number(), mark.rest(text));
        }
        for (Pattern p : PREFIXES) {
            Matcher m = p.matcher(text);
            if (m.find() && m.end() < text.length()) {
                int value = value(m.group(1));
                if (value >= 0) {
                    return new Numbered(value, text.substring(m.end()));
                }
            }
        }
        return new Numbered(null, text);
    }

    /** A title without its numbering and without a final full stop. */
    public static Numbered title(String text) {
        Numbered n = parse(text);
        if (n.text() == null) {
            return n;
        }
        String t = TextCleaner.strip(n.text());
        while (t.endsWith("。") || t.endsWith("；") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1);
        }
        return new Numbered(n.number(), t.isEmpty() ? null : t);
    }

    private static int value(String token) {
        char c = token.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (Character.isDigit(c)) {
            return Integer.parseInt(token);
        }
        return ChineseNumerals.parse(token);
    }
}

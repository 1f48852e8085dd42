package io.planextract.normalize;

import io.planextract.grammar.Brackets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans paragraph text the way RULES §4 says: Tika markers go, paragraphs are trimmed of ASCII, ideographic and
 * no-break spaces, full-width digits and Latin letters become ASCII, Chinese punctuation stays; pinyin readings that
 * mirror sites put in brackets after characters go.
 */
public final class TextCleaner {
    private static final Pattern TIKA_MARKER = Pattern.compile("\\[(?:bookmark|image|link): [^\\]]*\\]");
    /**
     * A pinyin reading in brackets straight after a character ({@code 發(fā)}, {@code 區(qū)}): mirror sites insert them,
     * and a clerk copying the notice drops them. The character may be one a garbled page put in its place
     * ({@code 七M(jìn)}, {@code ┲?(chuàng)}). A tone mark is required, so a bracketed Latin word stays.
     */
    private static final Pattern PINYIN_NOTE = Pattern.compile(
            "(?<=[^\\s(（)）])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\u00a0\\u3000]+");
    private static final Pattern SPACE_BESIDE_PUNCT = Pattern.compile(" ?([、，；：（）,;:()]) ?");

    private TextCleaner() {
    }

    /** One paragraph, cleaned; empty when nothing visible is left. */
    public static String paragraph(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.indexOf('[') >= 0 ? TIKA_MARKER.matcher(raw).replaceAll("") : raw;
        if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0) {
            s = PINYIN_NOTE.matcher(s).replaceAll("");
        }
        return strip(toHalfWidthAlnum(s));
    }

    /** The cleaned, non-empty paragraphs of a cell, repeats collapsed. */
    public static List<String> paragraphs(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String p : raw) {
            String c = paragraph(p);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return RepeatCollapse.collapse(out);
    }

    /** Paragraphs of titles, requirements and deadlines run on: a line break there is only the cell's width. */
    public static String joinRunOn(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : String.join("", paragraphs);
    }

    /**
     * Paragraphs of unit cells keep their breaks as new lines (a list of units), except after a trailing
     * {@code ，、；}, where the list simply goes on; inner spaces are folded and spaces beside list punctuation go.
     */
    public static String joinUnits(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            if (sb.length() > 0 && "，、；".indexOf(sb.charAt(sb.length() - 1)) < 0) {
                sb.append('\n');
            }
            sb.append(p);
        }
        String folded = SPACE_RUN.matcher(sb).replaceAll(" ");
        return SPACE_BESIDE_PUNCT.matcher(folded).replaceAll("$1");
    }

    /** Trims spaces of every width from both ends (the grammar's notion of a space). */
    public static String strip(String s) {
        return Brackets.strip(s);
    }

    /** Removes every space, of any width (titles, 文号). */
    public static String removeSpaces(String s) {
        return s == null ? null : SPACE_RUN.matcher(s).replaceAll("");
    }

    /** Full-width digits and Latin letters to ASCII; full-width punctuation is part of Chinese text and stays. */
    public static String toHalfWidthAlnum(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wide = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            if (wide) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) (c - 0xFEE0));
            }
        }
        return sb == null ? s : sb.toString();
    }
}

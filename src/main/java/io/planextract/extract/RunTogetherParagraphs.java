package io.planextract.extract;

import io.planextract.extract.prose.ProseTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits paragraphs that a web page ran together: some pages (and copies of them) print a whole notice body as one
 * line, its paragraphs separated by a space only ({@code … 2022年4月18日 一、王丹县长牵头重点工作 1.全县生产总值…
 * 责任单位:县发改局 2.落实…}). A clerk reads the paragraph breaks back from the numbering and the label lines;
 * so does this: a run of spaces followed by a numbering token ({@code 一、}, {@code （一）}, {@code 1.}, {@code （1）},
 * {@code ①}) or by a role label and a colon ({@code 责任单位:}) is a paragraph break.
 *
 * <p>Only long paragraphs with at least two such breaks are split, so a sentence that merely mentions
 * {@code 1.} after a space stays whole. Each piece keeps the line of the paragraph it came from.
 */
final class RunTogetherParagraphs {
    private static final int LONG = 60;
    private static final int MIN_BREAKS = 2;
    private static final Pattern BREAK = Pattern.compile("[ \\t\\u00a0\\u3000]+(?="
            + "[一二三四五六七八九十]{1,3}[、.．]"
            + "|[(（][一二三四五六七八九十\\d]{1,3}[)）]"
            + "|\\d{1,2}(?:[、]|[.．﹒](?!\\d))"
            + "|[①-⑳]"
            + "|[\\p{IsHan}]{0,6}(?:单位|單位|部门|部門|科室|处室|處室|领导|領導|时限|時限)[:：])");

    private RunTogetherParagraphs() {
    }

    static List<ProseTasks.Para> split(List<ProseTasks.Para> paragraphs) {
        List<ProseTasks.Para> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            ProseTasks.Para p = paragraphs.get(i);
            List<String> pieces = p.text().length() >= LONG ? pieces(p.text()) : List.of();
            if (pieces.size() > MIN_BREAKS && out == null) {
                out = new ArrayList<>(paragraphs.subList(0, i));
            }
            if (out != null) {
                if (pieces.size() > MIN_BREAKS) {
                    for (String text : pieces) {
                        out.add(new ProseTasks.Para(text, 0, p.line()));
                    }
                } else {
                    out.add(p);
                }
            }
        }
        if (out == null) {
            return paragraphs;
        }
        List<ProseTasks.Para> renumbered = new ArrayList<>(out.size());
        for (ProseTasks.Para p : out) {
            renumbered.add(new ProseTasks.Para(p.text(), renumbered.size() + 1, p.line()));
        }
        return renumbered;
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            String piece = text.substring(from, m.start()).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            from = m.end();
        }
        String last = text.substring(from).strip();
        if (!last.isEmpty()) {
            pieces.add(last);
        }
        return pieces;
    }
}

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
 * <p>Pages of a document-sharing site are joined first ({@link #joinPages}), then lines a page's width broke
 * ({@link WrappedLines}). Only long paragraphs with at least
 * two breaks are split, so a sentence that merely mentions
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

    /**
     * Where no space is left, a Chinese-numbered heading glued to the text before it: after a sentence's end
     * ({@code …实施方案。一、加强…}) or, for {@code （一）}, straight after the heading above it
     * ({@code 一、加强要素支持(一)强化财税政策保障。}). Read only in very long paragraphs: a page's whole body.
     */
    private static final Pattern GLUED_BREAK = Pattern.compile("(?<=[。；;！？!?])(?=[一二三四五六七八九十]{1,3}、)"
            + "|(?<=[\\p{IsHan}。；;：:])(?=[(（][一二三四五六七八九十]{1,3}[)）])");
    private static final int VERY_LONG = 400;
    /**
     * A document-sharing site prints each page of a notice as a numbered paragraph ({@code 1、…个体工商} /
     * {@code 2、户提供融资担保…}): a page ends where it is full, mid-word. A long paragraph left open (no closing
     * punctuation) and a next one opening with the next page's number are one text.
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\d{1,3})、");
    private static final int PAGE = 300;

    private RunTogetherParagraphs() {
    }

    static List<ProseTasks.Para> split(List<ProseTasks.Para> paragraphs) {
        return splitSpaced(WrappedLines.join(joinPages(paragraphs)));
    }

    /** Paragraphs that are pages of one text, joined; the page numbers go. */
    static List<ProseTasks.Para> joinPages(List<ProseTasks.Para> paragraphs) {
        List<ProseTasks.Para> out = new ArrayList<>(paragraphs.size());
        for (ProseTasks.Para p : paragraphs) {
            ProseTasks.Para last = out.isEmpty() ? null : out.get(out.size() - 1);
            Matcher m = PAGE_NUMBER.matcher(p.text());
            if (last != null && m.find() && last.text().length() >= PAGE && isOpen(last.text())) {
                out.set(out.size() - 1, new ProseTasks.Para(last.text() + p.text().substring(m.end()), last.index(),
                        last.line()));
            } else {
                out.add(p);
            }
        }
        if (out.size() == paragraphs.size()) {
            return paragraphs;
        }
        for (int i = 0; i < out.size(); i++) {
            // The first page carries number 1 too (after the site's own lines).
            ProseTasks.Para first = out.get(i);
            if (first.text().startsWith("1、") && first.text().length() >= PAGE) {
                out.set(i, new ProseTasks.Para(first.text().substring(2), first.index(), first.line()));
                break;
            }
        }
        return out;
    }

    /** A text that stops mid-sentence: its last character is a word's, not punctuation. */
    private static boolean isOpen(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.UnicodeScript.of(t.codePointBefore(t.length())) == Character.UnicodeScript.HAN;
    }

    private static List<ProseTasks.Para> splitSpaced(List<ProseTasks.Para> paragraphs) {
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
        if (text.length() >= VERY_LONG) {
            for (String glued : GLUED_BREAK.split(text)) {
                pieces.addAll(spacedPieces(glued));
            }
            return pieces;
        }
        return spacedPieces(text);
    }

    private static List<String> spacedPieces(String text) {
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

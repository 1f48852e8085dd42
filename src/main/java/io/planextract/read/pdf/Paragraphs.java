package io.planextract.read.pdf;

import io.planextract.grammar.NumberingMark;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins printed lines back into the paragraphs they were typed as, within a box (a cell, or the page's text
 * area): a line continues the paragraph above when that line was full (the next line's first word would not have
 * fitted after it), it is not indented as a paragraph start, it does not open with numbering, and no blank line
 * stands between. A DOCX cell's paragraphs come out as Word holds them; a PDF cell's, so, as Word typed them.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * A box lines are laid in.
     *
     * @param left  where a line starts when not indented
     * @param right where a full line ends
     */
    record Box(float left, float right) {
        float center() {
            return (left + right) / 2;
        }
    }

    /** The paragraphs of the lines (top to bottom) in {@code box}. */
    static List<String> of(List<TextLine> lines, Box box) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        TextLine above = null;
        for (TextLine line : lines) {
            if (paragraph != null && continues(above, line, box)) {
                join(paragraph, line.text());
            } else {
                if (paragraph != null) {
                    out.add(paragraph.toString());
                }
                paragraph = new StringBuilder(line.text());
            }
            above = line;
        }
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
        return out;
    }

    /** True when {@code line} goes on with the paragraph whose last line so far is {@code above}. */
    static boolean continues(TextLine above, TextLine line, Box box) {
        float size = Math.max(above.size(), line.size());
        boolean full = box.right() - above.right() < line.firstWordWidth() + 0.5f * size;
        if (!full) {
            return false;
        }
        boolean centered = Math.abs(line.center() - box.center()) < size;
        if (line.left() - box.left() > 1.5f * size && !centered) {
            return false; // indented: a new paragraph
        }
        if (line.baseline() - above.baseline() > 2.2f * size) {
            return false; // a blank line between
        }
        return NumberingMark.opening(line.text()) == null;
    }

    /** Wrapped text joins without a space, except between two Latin words. */
    static void join(StringBuilder paragraph, String next) {
        if (paragraph.length() > 0 && !next.isEmpty()
                && latin(paragraph.charAt(paragraph.length() - 1)) && latin(next.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(next);
    }

    private static boolean latin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

package io.planextract.read.ofd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Characters into lines and lines into paragraphs, the way a page is read: top to bottom, left to right; a line
 * that runs to the right edge goes on in the next line unless that one is indented.
 */
final class TextLines {
    private TextLines() {
    }

    /** The characters as lines, top to bottom. A character drawn twice on the same spot (fake bold) counts once. */
    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y() - baseline) > 0.4 * Math.max(size, g.size())) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.y();
                size = g.size();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static TextLine line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            Glyph last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.text().equals(g.text()) && Math.abs(g.x() - last.x()) < 0.2 * g.size()) {
                continue;
            }
            kept.add(g);
        }
        return TextLine.of(kept);
    }

    /**
     * Lines into paragraphs. A line goes on in the next one when it reaches {@code right} (less a character and a
     * little) and the next line starts at {@code left}, not indented, and follows closely: that is a wrapped
     * paragraph; so does a full line followed by one centred on {@code centre} (a centred cell's wrapped text).
     * Anything else (a short line, an indented line, a wide gap, another type size) starts a new paragraph.
     */
    static List<String> paragraphs(List<TextLine> lines, double left, double right, double centre) {
        List<String> out = new ArrayList<>();
        StringBuilder open = null;
        TextLine previous = null;
        for (TextLine line : lines) {
            if (open != null && continues(previous, line, left, right, centre)) {
                open.append(joiner(open, line.text())).append(line.text());
            } else {
                if (open != null) {
                    out.add(open.toString());
                }
                open = new StringBuilder(line.text());
            }
            previous = line;
        }
        if (open != null) {
            out.add(open.toString());
        }
        return out;
    }

    static boolean continues(TextLine previous, TextLine line, double left, double right, double centre) {
        double size = Math.max(previous.size(), line.size());
        boolean full = previous.right() >= right - 1.2 * size - 0.5;
        boolean flush = line.left() <= left + 0.5 * size
                || Math.abs((line.left() + line.right()) / 2 - centre) <= 0.6 * size;
        boolean close = line.y() - previous.y() <= 2.2 * size;
        // a letterhead over its 文号, a title over its body: a change of type size is a change of paragraph
        boolean sameSize = Math.max(previous.size(), line.size()) <= 1.2 * Math.min(previous.size(), line.size());
        return full && flush && close && sameSize;
    }

    /** Chinese wraps without a space; Latin words broken over lines had one. */
    private static String joiner(CharSequence before, String after) {
        if (before.length() == 0 || after.isEmpty()) {
            return "";
        }
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return a < 0x2E80 && b < 0x2E80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) ? " " : "";
    }
}

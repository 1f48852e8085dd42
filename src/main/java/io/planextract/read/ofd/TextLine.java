package io.planextract.read.ofd;

import java.util.List;

/**
 * Characters sharing a baseline, left to right.
 *
 * @param text  the characters, with one space where a visible gap stood between them
 * @param left  x of the first character
 * @param right x where the last character ends
 * @param y     the baseline
 * @param size  the largest font size on the line
 */
record TextLine(String text, double left, double right, double y, double size) {
    static TextLine of(List<Glyph> sortedByX) {
        StringBuilder text = new StringBuilder();
        double size = 0;
        double y = 0;
        Glyph previous = null;
        for (Glyph g : sortedByX) {
            if (previous != null && gap(previous, g)) {
                text.append(' ');
            }
            text.append(g.text());
            size = Math.max(size, g.size());
            y += g.y();
            previous = g;
        }
        Glyph first = sortedByX.get(0);
        Glyph last = sortedByX.get(sortedByX.size() - 1);
        return new TextLine(text.toString(), first.x(), last.right(), y / sortedByX.size(), size);
    }

    /**
     * A gap worth a space: between Latin letters or digits a word space (a fifth of the font size); elsewhere
     * a third of a character, more than the spread a justified line of Chinese puts between its characters, less
     * than the half-character space a clerk types between two unit names.
     */
    private static boolean gap(Glyph a, Glyph b) {
        double gap = b.x() - a.right();
        boolean latin = isLatin(a.text()) && isLatin(b.text());
        return gap > (latin ? 0.2 : 0.3) * Math.max(a.size(), b.size());
    }

    private static boolean isLatin(String s) {
        int cp = s.codePointAt(0);
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }
}

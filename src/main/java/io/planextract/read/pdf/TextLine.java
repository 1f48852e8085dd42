package io.planextract.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One printed line: characters sharing a baseline, left to right, and their text. Chinese characters are joined
 * as printed, without spaces, however the writer spread them (justified text stretches the gaps); a space is put
 * where the writer printed one, between Latin words whose gap shows one, and in a gap wider than a character
 * (two fields on one line).
 */
record TextLine(List<Glyph> glyphs, String text, float left, float right, float baseline, float size) {

    /** The lines the characters make, top to bottom. */
    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float base = 0;
        float size = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - base > 0.4f * Math.max(size, g.size())) {
                add(lines, current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.baseline();
                size = g.size();
            }
            current.add(g);
        }
        add(lines, current);
        return lines;
    }

    private static void add(List<TextLine> lines, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float baseline = 0;
        float size = 0;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                previous = g;
                continue;
            }
            if (previous != null && !previous.isSpace() && spaced(previous, g)) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            baseline = Math.max(baseline, g.baseline());
            size = Math.max(size, g.size());
        }
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            lines.add(new TextLine(List.copyOf(glyphs), t, left, right, baseline, size));
        }
    }

    /** A gap between two characters that reads as a space. */
    private static boolean spaced(Glyph a, Glyph b) {
        float gap = b.x() - a.right();
        float size = Math.max(a.size(), b.size());
        if (wide(a.text()) || wide(b.text())) {
            return gap > size;
        }
        return gap > 0.2f * size;
    }

    /** True for Chinese characters and full-width punctuation, which are set without spaces between them. */
    static boolean wide(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2010 && c <= 0x2027);
    }

    float center() {
        return (left + right) / 2;
    }

    /** Punctuation that never starts a line: a line breaker carries the character before it down too. */
    private static final String CLOSING = "、，。；：？！）》」』”’〕】〉…%,.;:?!)]}";
    /** Punctuation that never ends a line: it goes down with the character after it. */
    private static final String OPENING = "（《「『“‘〔【〈([{";

    /**
     * The width of what would have had to fit at the end of the line above for it not to wrap: the first
     * character (or Latin word) with the punctuation that the rules of Chinese line breaking keep with it.
     */
    float firstWordWidth() {
        List<Glyph> g = new ArrayList<>();
        for (Glyph x : glyphs) {
            if (!x.isSpace() || !g.isEmpty()) {
                g.add(x);
            }
        }
        int i = 0;
        while (i < g.size() && OPENING.contains(g.get(i).text())) {
            i++;
        }
        if (i < g.size() && wide(g.get(i).text())) {
            i++;
        } else {
            while (i < g.size() && !g.get(i).isSpace() && !wide(g.get(i).text())) {
                i++;
            }
        }
        while (i < g.size() && CLOSING.contains(g.get(i).text())) {
            i++;
        }
        return g.isEmpty() ? 0 : g.get(Math.max(0, i - 1)).right() - left;
    }
}

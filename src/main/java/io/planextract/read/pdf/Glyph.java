package io.planextract.read.pdf;

/**
 * One character as printed, in page coordinates measured from the top-left corner of the visible page (points,
 * y growing downwards), so that text and ruling lines share one frame.
 *
 * @param text     its Unicode text (usually one character; a ligature gives more)
 * @param x        left edge
 * @param baseline the line it sits on
 * @param width    advance width
 * @param size     font size in points, the unit for every spacing judgement
 */
record Glyph(String text, float x, float baseline, float width, float size) {
    float right() {
        return x + width;
    }

    /** The middle of the character's body, the point that decides which cell it lies in. */
    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - size * 0.35f;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}

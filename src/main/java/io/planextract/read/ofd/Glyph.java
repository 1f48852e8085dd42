package io.planextract.read.ofd;

/**
 * One character placed on a page, in page millimetres (OFD's unit; y grows downwards).
 *
 * @param text    the character (one code point, possibly a surrogate pair)
 * @param x       left edge of the character
 * @param y       its baseline
 * @param size    font size
 * @param advance how far the next character starts to the right (the font size where the file says nothing)
 */
record Glyph(String text, double x, double y, double size, double advance) {
    /** The middle of the character's box, which decides the cell it belongs to. */
    double centreX() {
        return x + Math.max(advance, size * 0.5) / 2;
    }

    double centreY() {
        return y - size * 0.35;
    }

    double right() {
        return x + Math.max(advance, size * 0.5);
    }
}

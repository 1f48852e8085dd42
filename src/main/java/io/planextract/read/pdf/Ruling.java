package io.planextract.read.pdf;

/**
 * A straight horizontal or vertical line on a page: a table border or a cell edge. Coordinates as in
 * {@link Glyph}.
 *
 * @param horizontal true for a horizontal line (then {@code at} is its y and it runs from x {@code from} to
 *                   {@code to}); false for a vertical one ({@code at} is its x, running over y)
 */
record Ruling(boolean horizontal, float at, float from, float to) {
    Ruling {
        if (from > to) {
            float t = from;
            from = to;
            to = t;
        }
    }

    float length() {
        return to - from;
    }

    /** True when this line passes {@code position} along its length, within {@code tolerance}. */
    boolean covers(float position, float tolerance) {
        return position >= from - tolerance && position <= to + tolerance;
    }

    /** True when a horizontal and a vertical line cross or touch, within {@code tolerance}. */
    boolean meets(Ruling other, float tolerance) {
        if (horizontal == other.horizontal) {
            return false;
        }
        return covers(other.at, tolerance) && other.covers(at, tolerance);
    }
}

package io.planextract.read.ofd;

/**
 * A straight ruling line on a page, in page millimetres, horizontal or vertical (slanted strokes are no table's
 * rules and are never made into segments). For a horizontal segment {@code at} is its y and {@code from..to} its
 * x extent; for a vertical one the other way round.
 */
record Segment(boolean horizontal, double at, double from, double to) {
    Segment {
        if (from > to) {
            double t = from;
            from = to;
            to = t;
        }
    }

    double length() {
        return to - from;
    }

    /** True when this segment covers the point {@code p} along its length, give or take {@code slack}. */
    boolean covers(double p, double slack) {
        return p >= from - slack && p <= to + slack;
    }
}

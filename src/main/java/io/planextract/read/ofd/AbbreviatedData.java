package io.planextract.read.ofd;

import java.util.ArrayList;
import java.util.List;

/**
 * A path's {@code AbbreviatedData} (GB/T 33190 Table 36) as subpaths of points. Only straight pieces can be table
 * rules, so curves ({@code B}, {@code Q}, {@code A}) just move the current point, and the point they reach is
 * flagged so that the edge leading to it is never taken for a line.
 */
final class AbbreviatedData {
    /** Points of one path beyond this are not a table's ruling; the rest is ignored. */
    static final int MAX_POINTS = 100_000;

    private AbbreviatedData() {
    }

    /** Each subpath as points {x, y, reachedByCurve (0 or 1)}. */
    static List<List<double[]>> subpaths(String data) {
        List<List<double[]>> out = new ArrayList<>();
        String[] t = data.strip().split("[\\s,]+");
        List<double[]> current = null;
        double[] start = null;
        int points = 0;
        int i = 0;
        while (i < t.length && points < MAX_POINTS) {
            String op = t[i++];
            int args = switch (op) {
                case "S", "M", "L" -> 2;
                case "Q" -> 4;
                case "B" -> 6;
                case "A" -> 7;
                case "C" -> 0;
                default -> -1;
            };
            if (args < 0 || i + args > t.length) {
                continue; // an unknown token or a truncated command: skip it, keep reading
            }
            double[] v = new double[args];
            boolean ok = true;
            for (int k = 0; k < args; k++) {
                Double d = OfdXml.number(t[i + k]);
                ok &= d != null;
                v[k] = d == null ? 0 : d;
            }
            i += args;
            if (!ok) {
                continue;
            }
            points++;
            switch (op) {
                case "S", "M" -> {
                    current = new ArrayList<>();
                    out.add(current);
                    start = new double[] {v[0], v[1], 0};
                    current.add(start);
                }
                case "C" -> {
                    if (current != null && start != null) {
                        current.add(new double[] {start[0], start[1], 0});
                    }
                }
                default -> {
                    if (current == null) {
                        current = new ArrayList<>();
                        out.add(current);
                        start = new double[] {0, 0, 0};
                        current.add(start);
                    }
                    current.add(new double[] {v[args - 2], v[args - 1], op.equals("L") ? 0 : 1});
                }
            }
        }
        return out;
    }
}

package io.planextract.read.ofd;

import java.util.Arrays;

/**
 * A {@code TextCode}'s {@code DeltaX} or {@code DeltaY}: the distances between successive characters, where
 * {@code g N d} stands for {@code d} written N times (GB/T 33190 §11.3). Expansion stops at the number of
 * characters, so {@code g 2000000000 1} costs nothing.
 */
final class Deltas {
    private Deltas() {
    }

    /** At most {@code chars} distances; fewer when the list is shorter; empty when absent or unreadable. */
    static double[] expand(String list, int chars) {
        if (list == null || list.isBlank() || chars <= 0) {
            return new double[0];
        }
        String[] tokens = list.strip().split("\\s+");
        double[] out = new double[Math.min(chars, tokens.length * 4 + 16)];
        int n = 0;
        for (int i = 0; i < tokens.length && n < chars; i++) {
            if (tokens[i].equals("g")) {
                if (i + 2 >= tokens.length) {
                    break;
                }
                Double count = OfdXml.number(tokens[i + 1]);
                Double value = OfdXml.number(tokens[i + 2]);
                i += 2;
                if (count == null || value == null) {
                    continue;
                }
                long times = Math.min((long) Math.max(0, count), chars - n);
                for (long k = 0; k < times; k++) {
                    out = grow(out, n, chars);
                    out[n++] = value;
                }
            } else {
                Double value = OfdXml.number(tokens[i]);
                if (value != null) {
                    out = grow(out, n, chars);
                    out[n++] = value;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double[] grow(double[] out, int n, int chars) {
        return n < out.length ? out : Arrays.copyOf(out, (int) Math.min(chars, out.length * 2L + 1));
    }
}

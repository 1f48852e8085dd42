package io.planextract.doc;

import java.util.Map;

/** The most common of several counted sizes, the larger one on a tie (a wider reading keeps more cells). */
public final class MostCommon {
    private MostCommon() {
    }

    public static int of(Map<Integer, Integer> counts, int fallback) {
        int best = fallback;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}

package io.planextract.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds ruled tables on a page: the groups of borders that cross one another. A group with at least two
 * horizontal and two vertical lines that together make more than one cell is a table; a lone box around a
 * paragraph, an underline or a rule under a letterhead is not.
 */
final class Lattice {
    /** Lines that end this close to another (points) still meet it: borders are rarely drawn to the exact point. */
    static final float REACH = 2.5f;

    private Lattice() {
    }

    static List<TableRegion> find(List<Ruling> merged) {
        int n = merged.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n; i++) {
            Ruling a = merged.get(i);
            if (!a.horizontal()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                Ruling b = merged.get(j);
                if (!b.horizontal() && a.meets(b, REACH)) {
                    union(parent, i, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(merged.get(i));
        }
        List<TableRegion> regions = new ArrayList<>();
        for (List<Ruling> g : groups) {
            TableRegion region = TableRegion.of(g);
            if (region != null) {
                regions.add(region);
            }
        }
        regions.sort((a, b) -> Float.compare(a.top(), b.top()));
        return regions;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}

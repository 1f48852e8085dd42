package io.planextract.read.ofd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables among a page's lines, as a clerk sees them: rules that cross or touch form one table; its
 * column edges are where its vertical rules stand, its row edges where its horizontal rules lie; two neighbouring
 * grid cells with no rule between them are one merged cell.
 *
 * <p>Rules drawn in pieces (a border per cell, as Word and WPS write them) are joined first; positions closer than
 * {@link #SNAP} mm are one position, since writers round differently cell by cell.
 */
final class RuledGrids {
    /** Positions this close (mm) are the same rule. */
    static final double SNAP = 1.0;
    /** A table smaller than this (mm) is a box around a word or a decoration. */
    private static final double MIN_SIDE = 4.0;
    /** Beyond this many crossings tested on one page the page is a drawing, not a notice. */
    static final long MAX_WORK = 25_000_000L;
    /** Grid cells of one table beyond this are a drawing (graph paper), not a table one page can hold. */
    static final long MAX_GRID_CELLS = 200_000L;

    private RuledGrids() {
    }

    /** The page's ruled tables, top to bottom; empty when there are none (or the page is too busy to tell). */
    static List<Grid> find(List<Segment> segments) {
        List<Segment> h = join(segments.stream().filter(Segment::horizontal).toList());
        List<Segment> v = join(segments.stream().filter(s -> !s.horizontal()).toList());
        if ((long) h.size() * v.size() > MAX_WORK) {
            return List.of();
        }
        int[] parent = new int[h.size() + v.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            Segment a = h.get(i);
            for (int j = 0; j < v.size(); j++) {
                Segment b = v.get(j);
                if (a.covers(b.at(), SNAP) && b.covers(a.at(), SNAP)) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        java.util.Map<Integer, List<Segment>> byRootH = new java.util.TreeMap<>();
        java.util.Map<Integer, List<Segment>> byRootV = new java.util.TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            if (i < h.size()) {
                byRootH.computeIfAbsent(root, k -> new ArrayList<>()).add(h.get(i));
            } else {
                byRootV.computeIfAbsent(root, k -> new ArrayList<>()).add(v.get(i - h.size()));
            }
        }
        List<Grid> grids = new ArrayList<>();
        for (java.util.Map.Entry<Integer, List<Segment>> e : byRootH.entrySet()) {
            Grid g = grid(e.getValue(), byRootV.getOrDefault(e.getKey(), List.of()));
            if (g != null) {
                grids.add(g);
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::top));
        return grids;
    }

    private static Grid grid(List<Segment> h, List<Segment> v) {
        if (h.size() < 2 || v.size() < 2) {
            return null;
        }
        double[] xs = positions(v);
        double[] ys = positions(h);
        xs = withEdges(xs, h.stream().mapToDouble(Segment::from).min().orElse(xs[0]),
                h.stream().mapToDouble(Segment::to).max().orElse(xs[xs.length - 1]));
        ys = withEdges(ys, v.stream().mapToDouble(Segment::from).min().orElse(ys[0]),
                v.stream().mapToDouble(Segment::to).max().orElse(ys[ys.length - 1]));
        int cols = xs.length - 1;
        int rows = ys.length - 1;
        if ((long) cols * rows > MAX_GRID_CELLS) {
            return null;
        }
        if (cols < 1 || rows < 1 || cols * rows < 2 || xs[cols] - xs[0] < MIN_SIDE || ys[rows] - ys[0] < MIN_SIDE) {
            return null;
        }
        // a rule divides two grid cells when it runs along most of their common edge
        boolean[][] vRule = new boolean[rows][cols + 1];
        boolean[][] hRule = new boolean[rows + 1][cols];
        for (Segment s : v) {
            int c = index(xs, s.at());
            for (int r = 0; r < rows && c >= 0; r++) {
                vRule[r][c] |= overlap(s, ys[r], ys[r + 1]) >= 0.6 * (ys[r + 1] - ys[r]);
            }
        }
        for (Segment s : h) {
            int r = index(ys, s.at());
            for (int c = 0; c < cols && r >= 0; c++) {
                hRule[r][c] |= overlap(s, xs[c], xs[c + 1]) >= 0.6 * (xs[c + 1] - xs[c]);
            }
        }
        return new Grid(xs, ys, GridCells.of(vRule, hRule));
    }

    private static double overlap(Segment s, double from, double to) {
        return Math.min(s.to(), to) - Math.max(s.from(), from);
    }

    /** The index of the position within {@link #SNAP} of {@code p}, or -1. */
    private static int index(double[] positions, double p) {
        for (int i = 0; i < positions.length; i++) {
            if (Math.abs(positions[i] - p) <= SNAP) {
                return i;
            }
        }
        return -1;
    }

    /** The positions of the rules, near ones taken as one (their mean). */
    private static double[] positions(List<Segment> segments) {
        double[] at = segments.stream().mapToDouble(Segment::at).sorted().toArray();
        double[] out = new double[at.length];
        int n = 0;
        int start = 0;
        for (int i = 1; i <= at.length; i++) {
            if (i == at.length || at[i] - at[i - 1] > SNAP) {
                double sum = 0;
                for (int k = start; k < i; k++) {
                    sum += at[k];
                }
                out[n++] = sum / (i - start);
                start = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The positions with the table's outer edges added where no rule stands there: a table drawn without side
     * borders still ends where its horizontal rules end.
     */
    private static double[] withEdges(double[] positions, double low, double high) {
        double[] out = positions;
        if (low < out[0] - SNAP * 2) {
            double[] w = new double[out.length + 1];
            w[0] = low;
            System.arraycopy(out, 0, w, 1, out.length);
            out = w;
        }
        if (high > out[out.length - 1] + SNAP * 2) {
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = high;
        }
        return out;
    }

    /** Collinear pieces that touch or overlap, joined into one rule each. */
    static List<Segment> join(List<Segment> pieces) {
        List<Segment> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::from));
        List<Segment> out = new ArrayList<>();
        // group by position first (pieces of one rule may be a hair apart), then join along the group
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).at() - sorted.get(i - 1).at() > SNAP / 2) {
                List<Segment> group = new ArrayList<>(sorted.subList(start, i));
                group.sort(Comparator.comparingDouble(Segment::from));
                double at = group.stream().mapToDouble(Segment::at).average().orElse(0);
                Segment open = null;
                for (Segment s : group) {
                    if (open != null && s.from() <= open.to() + SNAP) {
                        open = new Segment(open.horizontal(), at, open.from(), Math.max(open.to(), s.to()));
                    } else {
                        if (open != null) {
                            out.add(open);
                        }
                        open = new Segment(s.horizontal(), at, s.from(), s.to());
                    }
                }
                if (open != null) {
                    out.add(open);
                }
                start = i;
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /**
     * One ruled table: the x of its column edges and the y of its row edges (both rising), and its cells on that
     * grid.
     */
    record Grid(double[] xs, double[] ys, GridCells cells) {
        double top() {
            return ys[0];
        }

        double bottom() {
            return ys[ys.length - 1];
        }

        double left() {
            return xs[0];
        }

        double right() {
            return xs[xs.length - 1];
        }

        int rows() {
            return ys.length - 1;
        }

        int columns() {
            return xs.length - 1;
        }

        /** True when the point lies inside the table's outer border. */
        boolean contains(double x, double y) {
            return x >= left() && x <= right() && y >= top() && y <= bottom();
        }

        /** The grid row or column holding {@code p} (clamped to the table). */
        static int slot(double[] edges, double p) {
            int i = Arrays.binarySearch(edges, p);
            int slot = i >= 0 ? i : -i - 2;
            return Math.max(0, Math.min(edges.length - 2, slot));
        }
    }
}

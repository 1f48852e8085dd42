package io.planextract.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tidies a page's lines into borders: lines at nearly the same position are one line (a border drawn as two
 * strokes, a 0.5 pt offset between the parts of a table), pieces of one line that touch or nearly touch are joined
 * (cell borders are often drawn cell by cell), and specks shorter than a character are dropped.
 */
final class Rulings {
    /** Positions closer than this (points) are one line: about the width of a thick border. */
    static final float SNAP = 2f;
    /** Shorter than this is a dot or a dash, not a border. */
    private static final float MIN_LENGTH = 3f;

    private Rulings() {
    }

    /**
     * The lines as seen with the page turned by {@code degrees} clockwise (0, 90, 180 or 270), so that they meet
     * the characters of text that runs that way against the page's content (a landscape page made by turning a
     * portrait one). {@code width} and {@code height} are the unturned page's.
     */
    static List<Ruling> turned(List<Ruling> lines, int degrees, float width, float height) {
        if (degrees == 0) {
            return lines;
        }
        List<Ruling> out = new ArrayList<>(lines.size());
        for (Ruling r : lines) {
            float at = r.at();
            float from = r.from();
            float to = r.to();
            out.add(switch (degrees) {
                case 90 -> r.horizontal() ? new Ruling(false, height - at, from, to)
                        : new Ruling(true, at, height - to, height - from);
                case 180 -> r.horizontal() ? new Ruling(true, height - at, width - to, width - from)
                        : new Ruling(false, width - at, height - to, height - from);
                default -> r.horizontal() ? new Ruling(false, at, width - to, width - from)
                        : new Ruling(true, width - at, from, to);
            });
        }
        return out;
    }

    /** The merged lines, horizontal ones first, each group in order of position and then start. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> out = new ArrayList<>();
        out.addAll(mergeOne(rulings, true));
        out.addAll(mergeOne(rulings, false));
        return out;
    }

    private static List<Ruling> mergeOne(List<Ruling> all, boolean horizontal) {
        List<Ruling> lines = new ArrayList<>();
        for (Ruling r : all) {
            if (r.horizontal() == horizontal) {
                lines.add(r);
            }
        }
        lines.sort(Comparator.comparingDouble(Ruling::at));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            // a band of lines at nearly one position, placed at their length-weighted mean
            int j = i;
            double weighted = 0;
            double length = 0;
            while (j < lines.size() && lines.get(j).at() - lines.get(i).at() <= SNAP) {
                double l = Math.max(lines.get(j).length(), 0.01);
                weighted += lines.get(j).at() * l;
                length += l;
                j++;
            }
            float at = (float) (weighted / length);
            List<Ruling> band = new ArrayList<>(lines.subList(i, j));
            band.sort(Comparator.comparingDouble(Ruling::from));
            float from = band.get(0).from();
            float to = band.get(0).to();
            for (Ruling r : band.subList(1, band.size())) {
                if (r.from() <= to + SNAP) {
                    to = Math.max(to, r.to());
                } else {
                    add(out, horizontal, at, from, to);
                    from = r.from();
                    to = r.to();
                }
            }
            add(out, horizontal, at, from, to);
            i = j;
        }
        return out;
    }

    private static void add(List<Ruling> out, boolean horizontal, float at, float from, float to) {
        if (to - from >= MIN_LENGTH) {
            out.add(new Ruling(horizontal, at, from, to));
        }
    }
}

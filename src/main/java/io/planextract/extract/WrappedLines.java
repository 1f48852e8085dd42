package io.planextract.extract;

import io.planextract.extract.prose.ProseTasks;
import io.planextract.grammar.NumberingMark;
import io.planextract.grammar.RoleLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins lines that a PDF's page width broke (a notice copied from a PDF, or a site that printed one): many lines end
 * at the same width, mid-sentence ({@code …领导体制机制,优} / {@code 化决策程序,…}). A clerk reads them as one
 * paragraph, and so does this: where a notice's lines show that width, a line as wide as it that ends without a
 * sentence's end runs on into the next line, unless that one opens a numbered item or a label
 * ({@code 牵头单位:}). Widths are counted as printed: a Chinese character two, an ASCII one one.
 */
final class WrappedLines {
    /** Lines narrower than this are headings, dates, labels: they say nothing of the page's width. */
    private static final int MIN_WIDTH = 30;
    /** How much narrower than the page width a full line may be (two characters: punctuation pushed down). */
    private static final int SLACK = 4;
    /** At least this many different lines must share the width before it is taken for the page's. */
    private static final int MIN_FULL = 5;
    private static final String ENDS = "。；;！!？?：:”’」』）)】]";

    private WrappedLines() {
    }

    static List<ProseTasks.Para> join(List<ProseTasks.Para> paragraphs) {
        int width = pageWidth(paragraphs);
        if (width < 0) {
            return paragraphs;
        }
        List<ProseTasks.Para> out = new ArrayList<>(paragraphs.size());
        ProseTasks.Para open = null;
        for (ProseTasks.Para p : paragraphs) {
            if (open != null && !opensItem(p.text())) {
                open = new ProseTasks.Para(open.text() + p.text().strip(), open.index(), open.line());
                out.set(out.size() - 1, open);
            } else {
                open = p;
                out.add(p);
            }
            if (!isFull(p.text(), width) || endsSentence(p.text())) {
                open = null;
            }
        }
        if (out.size() == paragraphs.size()) {
            return paragraphs;
        }
        List<ProseTasks.Para> renumbered = new ArrayList<>(out.size());
        for (ProseTasks.Para p : out) {
            renumbered.add(new ProseTasks.Para(p.text(), renumbered.size() + 1, p.line()));
        }
        return renumbered;
    }

    /**
     * The width most wide lines share, or -1 where no page width shows: fewer than {@link #MIN_FULL} different
     * lines near it, or fewer than a third of the wide lines, or most of them ending their sentences (a list of
     * items, not a wrapped text).
     */
    static int pageWidth(List<ProseTasks.Para> paragraphs) {
        Map<Integer, Integer> counts = new HashMap<>();
        int wide = 0;
        for (ProseTasks.Para p : paragraphs) {
            int w = width(p.text());
            if (w >= MIN_WIDTH) {
                counts.merge(w, 1, Integer::sum);
                wide++;
            }
        }
        int mode = -1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (mode < 0 || e.getValue() > counts.get(mode) || e.getValue().equals(counts.get(mode))
                    && e.getKey() > mode) {
                mode = e.getKey();
            }
        }
        if (mode < 0) {
            return -1;
        }
        Set<String> full = new HashSet<>();
        int open = 0;
        for (ProseTasks.Para p : paragraphs) {
            if (isFull(p.text(), mode) && full.add(p.text().strip()) && !endsSentence(p.text())) {
                open++;
            }
        }
        boolean wrapped = full.size() >= MIN_FULL && full.size() * 3 >= wide && open * 2 > full.size();
        return wrapped ? mode : -1;
    }

    private static boolean isFull(String text, int width) {
        int w = width(text);
        return w >= width - SLACK && w <= width + 1;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ENDS.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean opensItem(String text) {
        String t = text.strip();
        return t.isEmpty() || NumberingMark.opening(t) != null || RoleLabels.atStart(t) != null;
    }

    static int width(String text) {
        String t = text.strip();
        int w = 0;
        for (int i = 0; i < t.length(); i++) {
            w += t.charAt(i) < 0x80 ? 1 : 2;
        }
        return w;
    }
}

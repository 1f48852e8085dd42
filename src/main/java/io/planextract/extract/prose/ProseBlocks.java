package io.planextract.extract.prose;

import io.planextract.extract.prose.ProseTasks.Para;
import io.planextract.grammar.NumberingMark;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a prose notice cut into blocks by its numbering: a block starts at a numbered paragraph
 * ({@code 一、}, {@code （一）}, {@code 1.}, {@code （1）}, {@code ①}, {@code 第一条}…) or at the {@code 工作任务} label of
 * a record printed one label and value a line, and runs over the unnumbered paragraphs after it. Paragraphs
 * before the first block (title, issuer, a news lead-in) are the preamble: reading starts wherever tasks start.
 */
final class ProseBlocks {
    /**
     * One block: its numbering (null for a record), its paragraphs (the first one opens it), its parent's index
     * among the blocks (-1 at the top) and its depth (0 at the top).
     */
    record Block(NumberingMark mark, List<Para> paras, int parent, int depth) {
        Para head() {
            return paras.get(0);
        }

        boolean isRecord() {
            return mark == null;
        }
    }

    /** The blocks in order and the paragraphs before the first one. */
    record Cut(List<Block> blocks, List<Para> preamble) {
    }

    /** How many paragraphs a record's task text and requirement may take before its first unit label. */
    private static final int RECORD_REACH = 8;

    private ProseBlocks() {
    }

    static Cut cut(List<Para> paragraphs) {
        List<Para> preamble = new ArrayList<>();
        List<NumberingMark> marks = new ArrayList<>();
        List<List<Para>> runs = new ArrayList<>();
        boolean awaitingValue = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Para p = paragraphs.get(i);
            LabelLine.Label label = LabelLine.of(p.text());
            NumberingMark mark = awaitingValue ? null : NumberingMark.opening(p.text());
            boolean recordStart = label != null && label.kind() == LabelLine.Kind.TASK && !awaitingValue
                    && roleLabelFollows(paragraphs, i);
            if (mark != null || recordStart) {
                marks.add(mark);
                runs.add(new ArrayList<>(List.of(p)));
            } else if (runs.isEmpty()) {
                preamble.add(p);
            } else {
                runs.get(runs.size() - 1).add(p);
            }
            // A label standing alone takes the next paragraph as its value, even where that one is numbered.
            awaitingValue = !runs.isEmpty() && label != null && label.value() == null
                    && (label.kind() == LabelLine.Kind.TASK || label.kind() == LabelLine.Kind.REQUIREMENT);
        }
        int[] parents = BlockLevels.parents(marks);
        List<Block> blocks = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            int parent = parents[i];
            int depth = parent < 0 ? 0 : blocks.get(parent).depth() + 1;
            blocks.add(new Block(marks.get(i), List.copyOf(runs.get(i)), parent, depth));
        }
        return new Cut(List.copyOf(blocks), List.copyOf(preamble));
    }

    /**
     * A {@code 工作任务} line opens a record only where a unit or deadline label follows before the next numbered
     * paragraph or record: alone, {@code 重点工作} may be a title.
     */
    private static boolean roleLabelFollows(List<Para> paragraphs, int at) {
        for (int k = at + 1; k < paragraphs.size() && k <= at + RECORD_REACH; k++) {
            String text = paragraphs.get(k).text();
            LabelLine.Label label = LabelLine.of(text);
            if (ResponsibilityMarker.isLine(text) || (label != null && label.kind().isMarker())) {
                return true;
            }
            if ((label != null && label.kind() == LabelLine.Kind.TASK)
                    || (k > at + 1 && NumberingMark.opening(text) != null)) {
                return false;
            }
        }
        return false;
    }
}

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

    private ProseBlocks() {
    }

    static Cut cut(List<Para> paragraphs) {
        List<Para> preamble = new ArrayList<>();
        List<NumberingMark> marks = new ArrayList<>();
        List<List<Para>> runs = new ArrayList<>();
        boolean awaitingValue = false;
        for (Para p : paragraphs) {
            LabelLine.Label label = LabelLine.of(p.text());
            NumberingMark mark = awaitingValue ? null : NumberingMark.opening(p.text());
            boolean recordStart = label != null && label.kind() == LabelLine.Kind.TASK && !awaitingValue;
            if (mark != null || recordStart) {
                marks.add(mark);
                runs.add(new ArrayList<>(List.of(p)));
            } else if (runs.isEmpty()) {
                preamble.add(p);
            } else {
                runs.get(runs.size() - 1).add(p);
            }
            // A label standing alone takes the next paragraph as its value, even where that one is numbered.
            awaitingValue = !runs.isEmpty() && label != null && label.value() == null && label.kind() != null
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
}

package io.planextract.extract.prose;

import io.planextract.grammar.NumberingMark;
import io.planextract.grammar.NumberingStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a notice from its numbering alone, as a reader follows it: a number that continues an open list
 * ({@code 2.} after {@code 1.}) is a sibling in that list, even several levels up; a {@code 1} opens a list under the
 * block before it. A notice may shift a style a level ({@code 1、} for its sections, {@code 二、} after them), so a
 * number also continues a list written alike but for its digits; only where nothing continues does the usual rank
 * ({@code 一、} › {@code （一）} › {@code 1.} › {@code （1）} › {@code ①}) place a block. Records (no numbering) are
 * siblings of the record before them.
 */
final class BlockLevels {
    private record Open(int index, NumberingStyle style, int number) {
    }

    private BlockLevels() {
    }

    /** Each block's parent index (-1 at the top), for blocks opened by {@code marks} (null for a record). */
    static int[] parents(List<NumberingMark> marks) {
        int[] parents = new int[marks.size()];
        List<Open> stack = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            NumberingMark m = marks.get(i);
            NumberingStyle style = m == null ? null : m.style();
            int number = m == null ? 0 : m.number();
            int at = place(stack, style, number);
            while (stack.size() > at) {
                stack.remove(stack.size() - 1);
            }
            parents[i] = stack.isEmpty() ? -1 : stack.get(stack.size() - 1).index();
            stack.add(new Open(i, style, number));
        }
        return parents;
    }

    /** The stack depth the block goes to: what stays open above it. */
    private static int place(List<Open> stack, NumberingStyle style, int number) {
        if (style == null) {
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (stack.get(k).style() == null) {
                    return k;
                }
            }
            return stack.size();
        }
        for (int k = stack.size() - 1; k >= 0; k--) {
            Open o = stack.get(k);
            if (o.style() == style && o.number() == number - 1) {
                return k;
            }
        }
        if (number == 1) {
            return stack.size();
        }
        for (int k = 0; k < stack.size(); k++) {
            Open o = stack.get(k);
            if (o.style() != style && style.sameForm(o.style()) && o.number() == number - 1) {
                return k;
            }
        }
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (stack.get(k).style() == style) {
                return k;
            }
        }
        int k = stack.size();
        while (k > 0 && stack.get(k - 1).style() != null && stack.get(k - 1).style().rank() >= style.rank()) {
            k--;
        }
        return k;
    }
}

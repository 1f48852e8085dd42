package io.planextract.extract.prose;

import io.planextract.extract.prose.ProseBlocks.Block;
import io.planextract.grammar.NumberingMark;
import io.planextract.model.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * A numbered block as the fallback readings of prose see it ({@link UnitLedItems}, {@link SentenceLedItems}): the
 * words of its head after the number, and the paragraphs under the head.
 */
record NumberedItem(Block block, String head, List<String> below) {
    /** The numbered blocks, in order; records (label lines) and unnumbered blocks are no items. */
    static List<NumberedItem> of(List<Block> blocks) {
        List<NumberedItem> items = new ArrayList<>();
        for (Block b : blocks) {
            String head = b.head().text();
            NumberingMark mark = b.isRecord() ? null : NumberingMark.at(head);
            if (mark == null) {
                continue;
            }
            List<String> below = new ArrayList<>();
            for (int k = 1; k < b.paras().size(); k++) {
                below.add(b.paras().get(k).text());
            }
            items.add(new NumberedItem(b, mark.rest(head), List.copyOf(below)));
        }
        return items;
    }

    /** Where the item starts. */
    Origin origin() {
        return Origin.ofParagraph(block.head().index(), block.head().line());
    }
}

package io.planextract.extract.prose;

import io.planextract.extract.TaskFactory;
import io.planextract.extract.prose.ProseBlocks.Block;
import io.planextract.model.Task;
import io.planextract.normalize.UnitNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items that name their unit first: {@code （一）县发改局：负责重点项目谋划…}, {@code 2.县财政局：做好资金保障…} — a
 * division of work by unit, as 职责分工 notices write it. A clerk copies each as a task of that unit. Read only
 * where a notice gives no task in any other way (no marker closes anything), so that a heading such as
 * {@code 1.总体要求：…} in a notice with markers never becomes a task; and only where the words before the colon
 * read as unit names.
 */
final class UnitLedItems {
    private static final Pattern UNIT_FIRST = Pattern.compile("^([^：:，。,；;]{2,30})[：:]\\s*(\\S.*)$");
    /** At least this many items of a notice must name their unit first: one such line may be a heading. */
    private static final int MIN_ITEMS = 2;

    private UnitLedItems() {
    }

    static List<Task> read(List<Block> blocks, Integer planYear) {
        List<Task> tasks = new ArrayList<>();
        for (NumberedItem item : NumberedItem.of(blocks)) {
            Matcher m = UNIT_FIRST.matcher(item.head());
            if (!m.matches() || !UnitNames.looksLikeUnits(m.group(1))) {
                continue;
            }
            String requirement = m.group(2) + String.join("", item.below());
            tasks.add(TaskFactory.build(new TaskFactory.Texts(null, null, null, requirement, null, m.group(1), null,
                    Map.of(), List.of(), item.origin()), planYear));
        }
        return tasks.size() >= MIN_ITEMS ? tasks : List.of();
    }
}

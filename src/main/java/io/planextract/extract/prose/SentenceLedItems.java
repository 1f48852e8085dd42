package io.planextract.extract.prose;

import io.planextract.extract.TaskFactory;
import io.planextract.extract.prose.ProseBlocks.Block;
import io.planextract.model.Task;
import io.planextract.normalize.TextCleaner;
import io.planextract.normalize.UnitNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items whose units are named inside a sentence, {@code 由县环卫站负责清除…}: the form of problem lists
 * (巡查问题清单, 整改通知), where each numbered item states a problem and the line under it says who is to put it
 * right. A clerk copies each item as a task of the units between {@code 由} and the verb. Read only where a notice
 * gives no task in any other way, and only where at least two items name their units so, so that one
 * {@code 由…负责} in a body of text never makes a task of a heading.
 */
final class SentenceLedItems {
    /** {@code 由} + the units + the verb that gives them the work. */
    private static final Pattern BY_UNITS = Pattern.compile("由([^，,。；;：:由]{2,80}?)(?:牵头|负责|承担|落实|组织实施)");
    /**
     * A description before the units, {@code 包片单位县气象局}, {@code 陈家坝沿线包片单位县职教中心}: words ending in
     * 单位 or 部门 and followed by a unit's level word.
     */
    private static final Pattern DESCRIBED = Pattern.compile("^.*?(?:单位|部门)(?=[省市县区镇乡街])");
    /** A label over the requirement line: {@code 整改要求：}, {@code 整改措施：}, {@code 处理意见：}. */
    private static final Pattern REQUIREMENT_LABEL = Pattern.compile("^\\p{IsHan}{0,4}(?:要求|措施|意见|建议)[：:]");
    private static final int MIN_ITEMS = 2;

    private SentenceLedItems() {
    }

    static List<Task> read(List<Block> blocks, Integer planYear) {
        List<Task> tasks = new ArrayList<>();
        for (NumberedItem item : NumberedItem.of(blocks)) {
            String rest = item.head();
            int stop = MarkerAttachment.titleEnd(rest);
            String title = TextCleaner.strip(rest.substring(0, stop));
            StringBuilder body = new StringBuilder(TextCleaner.strip(rest.substring(stop)));
            for (String p : item.below()) {
                body.append(REQUIREMENT_LABEL.matcher(p).replaceFirst(""));
            }
            String units = units(body.length() > 0 ? body.toString() : title);
            if (units == null) {
                continue;
            }
            String task = title.endsWith("。") || title.endsWith("：") || title.endsWith(":")
                    ? title.substring(0, title.length() - 1) : title;
            String requirement = body.length() == 0 ? null : body.toString();
            tasks.add(TaskFactory.build(new TaskFactory.Texts(null, null, task, requirement, null, units, null,
                    Map.of(), List.of(), item.origin()), planYear));
        }
        return tasks.size() >= MIN_ITEMS ? tasks : List.of();
    }

    /** The units the first {@code 由…负责} of a text names, or null. */
    static String units(String text) {
        Matcher m = BY_UNITS.matcher(text);
        while (m.find()) {
            String named = DESCRIBED.matcher(m.group(1).strip()).replaceFirst("");
            if (UnitNames.looksLikeUnits(named)) {
                return named;
            }
        }
        return null;
    }
}

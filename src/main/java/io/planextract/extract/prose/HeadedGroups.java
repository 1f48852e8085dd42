package io.planextract.extract.prose;

import io.planextract.extract.TaskFactory;
import io.planextract.extract.prose.ProseTasks.Para;
import io.planextract.extract.prose.ResponsibilityMarker.Content;
import io.planextract.extract.prose.ResponsibilityMarker.Found;
import io.planextract.extract.prose.ResponsibilityMarker.Hit;
import io.planextract.grammar.NumberingMark;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Problem lists grouped under the unit that answers for them, the unit named first:
 * {@code 三义街社区（责任单位：西城街道办事处三义街社区）} followed by {@code 1、…} {@code 2、…} with no marker of their
 * own (督查通报, 问题清单 by place). The marker on the group's heading is for the items under it, not for the text
 * before it; a clerk copies each group as one task of that unit: the heading's name is the task, its items the
 * requirement. Read only where at least two groups show the form and no numbered item carries a marker.
 */
final class HeadedGroups {
    /** The longest name a group's heading gives before its marker. */
    private static final int MAX_NAME = 24;
    private static final int MIN_GROUPS = 2;

    private HeadedGroups() {
    }

    /** A heading's name and its marker's content. */
    private record Heading(String name, Content content) {
    }

    static List<Task> read(List<Para> paragraphs, Integer planYear) {
        List<Task> tasks = new ArrayList<>();
        for (Para p : paragraphs) {
            if (NumberingMark.at(p.text()) != null && hasMarker(p.text())) {
                return List.of(); // items that carry markers of their own are read as items
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            Heading heading = heading(paragraphs.get(i).text());
            if (heading == null) {
                continue;
            }
            StringBuilder items = new StringBuilder();
            int k = i + 1;
            while (k < paragraphs.size() && NumberingMark.at(paragraphs.get(k).text()) != null) {
                items.append(TextCleaner.strip(paragraphs.get(k).text()));
                k++;
            }
            if (items.length() == 0) {
                continue;
            }
            Para at = paragraphs.get(i);
            tasks.add(TaskFactory.build(new TaskFactory.Texts(null, null, heading.name(), items.toString(),
                    heading.content().leadText(), heading.content().responsibleText(), heading.content().deadline(),
                    Map.of(), List.of(), Origin.ofParagraph(at.index(), at.line())), planYear));
            i = k - 1;
        }
        return tasks.size() >= MIN_GROUPS ? tasks : List.of();
    }

    /**
     * An unnumbered paragraph that is a short name and a labelled marker closing it ({@code 东门社区（责任单位：X）},
     * {@code 胜利街道办:（责任单位：X）}), or null.
     */
    private static Heading heading(String text) {
        String t = TextCleaner.strip(text);
        if (t.isEmpty() || NumberingMark.at(t) != null
                || ResponsibilityMarker.CLOSE.indexOf(t.charAt(t.length() - 1)) < 0) {
            return null;
        }
        int open = openOf(t);
        if (open <= 0) {
            return null;
        }
        String name = TextCleaner.strip(t.substring(0, open));
        if (name.endsWith("：") || name.endsWith(":")) {
            name = TextCleaner.strip(name.substring(0, name.length() - 1));
        }
        String inside = t.substring(open + 1, t.length() - 1);
        if (name.isEmpty() || name.length() > MAX_NAME || name.contains("。")
                || !ResponsibilityMarker.startsWithLabel(inside)) {
            return null;
        }
        Content content = ResponsibilityMarker.read(inside);
        return content == null || !content.hasUnits() ? null : new Heading(name, content);
    }

    /** Where the bracket closing {@code t} opens, or -1. */
    private static int openOf(String t) {
        int depth = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (ResponsibilityMarker.CLOSE.indexOf(c) >= 0) {
                depth++;
            } else if (ResponsibilityMarker.OPEN.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasMarker(String text) {
        for (Hit h : ResponsibilityMarker.scan(text)) {
            if (h instanceof Found) {
                return true;
            }
        }
        return false;
    }
}

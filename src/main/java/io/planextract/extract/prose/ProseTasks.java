package io.planextract.extract.prose;

import io.planextract.extract.TaskFactory;
import io.planextract.extract.prose.MarkerAttachment.Attached;
import io.planextract.extract.prose.MarkerAttachment.Closed;
import io.planextract.extract.prose.ProseBlocks.Block;
import io.planextract.extract.prose.ResponsibilityMarker.Content;
import io.planextract.extract.prose.ResponsibilityMarker.Found;
import io.planextract.extract.prose.ResponsibilityMarker.Hit;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tasks of a notice written as prose (RULES §8, §9), read as numbered blocks: the body is cut into blocks by its
 * numbering ({@link ProseBlocks}), their levels follow the numbering styles ({@link BlockLevels}), and every
 * responsibility marker closes the block text before it ({@link MarkerAttachment}). A block with markers gives
 * tasks; a block without is a heading where blocks under it have markers, and is closed by a marker standing on
 * its own after it and the items before it that have none (one marker shared by several items). A top-level
 * block's title is the section of the tasks under it; a second-level block's title is their task; deeper items
 * give their whole text as the requirement. Text that no marker assigns is not a task, and a reviewer is told
 * where an item goes without units among items that have them.
 */
public final class ProseTasks {
    /** A cleaned paragraph of the body with its 1-based number among the paragraphs and its line (0 if none). */
    public record Para(String text, int index, int line) {
    }

    /** The tasks found, numbered from 1 in order, and what a reviewer should look at. */
    public record Result(List<Task> tasks, List<Warning> warnings) {
    }

    private ProseTasks() {
    }

    public static Result extract(List<Para> paragraphs, Integer planYear) {
        ProseBlocks.Cut cut = ProseBlocks.cut(paragraphs);
        List<Block> blocks = cut.blocks();
        List<Warning> warnings = new ArrayList<>(preambleWarnings(cut.preamble()));
        List<Attached> read = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            read.add(MarkerAttachment.read(b, b.depth() <= 1 || b.isRecord()));
        }
        boolean[] subtreeTasks = new boolean[blocks.size()];
        for (int i = blocks.size() - 1; i >= 0; i--) {
            subtreeTasks[i] |= !read.get(i).closed().isEmpty();
            int parent = blocks.get(i).parent();
            if (parent >= 0 && subtreeTasks[i]) {
                subtreeTasks[parent] = true;
            }
        }
        Content[] shared = sharedMarkers(blocks, read, subtreeTasks);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Attached a = read.get(i);
            warnings.addAll(a.warnings());
            if (shared[i] != null) {
                Para from = a.restFrom() != null ? a.restFrom() : blocks.get(i).head();
                tasks.add(task(blocks, read, i, new Closed(a.rest(), shared[i], from, true), planYear));
                continue;
            }
            for (Closed c : a.closed()) {
                tasks.add(task(blocks, read, i, c, planYear));
            }
            if (!subtreeTasks[i] && siblingHasTasks(blocks, read, shared, i)) {
                String what = a.title() != null ? a.title() : blocks.get(i).head().text();
                warnings.add(Warning.of("prose-group-unassigned",
                        "这一项没有责任单位标注，未生成任务：" + MarkerAttachment.snippet(what),
                        MarkerAttachment.origin(blocks.get(i).head())));
            }
        }
        return new Result(List.copyOf(tasks), List.copyOf(warnings));
    }

    /**
     * A marker standing on its own after a block closes that block and the items before it that have none
     * (RULES §8: a marker after several items closes them).
     */
    private static Content[] sharedMarkers(List<Block> blocks, List<Attached> read, boolean[] subtreeTasks) {
        Content[] shared = new Content[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            List<Closed> closed = read.get(i).closed();
            if (closed.isEmpty() || !closed.get(0).standalone()) {
                continue;
            }
            int parent = blocks.get(i).parent();
            for (int j = i - 1; j >= 0 && blocks.get(j).depth() >= blocks.get(i).depth(); j--) {
                if (blocks.get(j).parent() != parent) {
                    continue;
                }
                if (subtreeTasks[j] || hasChildren(blocks, j)) {
                    break;
                }
                shared[j] = closed.get(0).content();
            }
        }
        return shared;
    }

    private static boolean hasChildren(List<Block> blocks, int j) {
        return j + 1 < blocks.size() && blocks.get(j + 1).parent() == j;
    }

    private static boolean siblingHasTasks(List<Block> blocks, List<Attached> read, Content[] shared, int i) {
        int parent = blocks.get(i).parent();
        for (int j = 0; j < blocks.size(); j++) {
            if (j != i && blocks.get(j).parent() == parent
                    && (!read.get(j).closed().isEmpty() || shared[j] != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One task: the section is the title of the top-level block above; the task is the block's own title at the
     * first two levels, else the title of the second-level block above it.
     */
    private static Task task(List<Block> blocks, List<Attached> read, int i, Closed c, Integer planYear) {
        Block b = blocks.get(i);
        int top = i;
        int second = -1;
        while (blocks.get(top).parent() >= 0) {
            second = top;
            top = blocks.get(top).parent();
        }
        String section = top == i ? null : titleOf(blocks, read, top);
        String task = b.depth() <= 1 || b.isRecord() ? read.get(i).title() : titleOf(blocks, read, second);
        TaskFactory.Texts texts = new TaskFactory.Texts(null, section, task, c.requirement(),
                c.content().leadText(), c.content().responsibleText(), c.content().deadline(), Map.of(), List.of(),
                Origin.ofParagraph(c.from().index(), c.from().line()));
        return TaskFactory.build(texts, planYear);
    }

    private static String titleOf(List<Block> blocks, List<Attached> read, int i) {
        String title = read.get(i).title();
        if (title != null) {
            return title;
        }
        String head = blocks.get(i).head().text();
        String t = head.substring(0, MarkerAttachment.titleEnd(head)).strip();
        return t.endsWith("：") || t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
    }

    /** Markers and label lines before the first block close no task: a reviewer should see them. */
    private static List<Warning> preambleWarnings(List<Para> preamble) {
        List<Warning> out = new ArrayList<>();
        for (Para p : preamble) {
            LabelLine.Label label = LabelLine.of(p.text());
            boolean marker = ResponsibilityMarker.isLine(p.text()) || (label != null && label.kind().isMarker());
            for (Hit h : ResponsibilityMarker.scan(p.text())) {
                marker |= h instanceof Found;
            }
            if (marker) {
                out.add(Warning.of("prose-marker-unattached",
                        "编号任务之前的责任单位标注，未对应任务：" + MarkerAttachment.snippet(p.text()),
                        MarkerAttachment.origin(p)));
            }
        }
        return out;
    }
}

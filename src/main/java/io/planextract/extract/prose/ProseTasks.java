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
import io.planextract.model.WarningCode;
import java.util.ArrayList;
import java.util.Arrays;
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
        List<Task> headed = HeadedGroups.read(paragraphs, planYear);
        if (!headed.isEmpty()) {
            // Problems grouped under the unit named first (东门社区（责任单位：X）, then 1、… 2、…): one task a group.
            return new Result(List.copyOf(headed), List.of());
        }
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
        int[] closedBy = sharedMarkers(blocks, read, subtreeTasks);
        List<Task> tasks = new ArrayList<>();
        StringBuilder sharedText = new StringBuilder();
        Para sharedFrom = null;
        for (int i = 0; i < blocks.size(); i++) {
            Attached a = read.get(i);
            warnings.addAll(a.warnings());
            if (closedBy[i] >= 0) {
                // An item without a marker of its own, closed with the items after it by the next standalone marker.
                sharedText.append(wholeText(blocks.get(i)));
                sharedFrom = sharedFrom == null ? blocks.get(i).head() : sharedFrom;
                continue;
            }
            for (int k = 0; k < a.closed().size(); k++) {
                Closed c = a.closed().get(k);
                boolean merged = k == 0 && sharedFrom != null && c.standalone();
                if (merged) {
                    c = new Closed(sharedText + textBeforeMarker(blocks.get(i)), c.content(), sharedFrom, true);
                }
                tasks.add(peerItem(blocks.get(i), a, k) ? peerTask(blocks, read, i, c, planYear)
                        : task(blocks, read, i, c, merged, planYear));
            }
            sharedText.setLength(0);
            sharedFrom = null;
            if (!subtreeTasks[i] && siblingHasTasks(blocks, read, closedBy, i)) {
                String what = a.title() != null ? a.title() : blocks.get(i).head().text();
                warnings.add(WarningCode.PROSE_GROUP_UNASSIGNED.at(MarkerAttachment.origin(blocks.get(i).head()),
                        MarkerAttachment.snippet(what)));
            }
        }
        if (tasks.isEmpty()) {
            // No marker closes anything: the notice may divide the work by unit, each item naming its unit first.
            tasks.addAll(UnitLedItems.read(blocks, planYear));
        }
        if (tasks.isEmpty()) {
            // Nor by unit: a problem list may name its units in a sentence under each item (由X负责…).
            tasks.addAll(SentenceLedItems.read(blocks, planYear));
        }
        return new Result(List.copyOf(FirstListedLeads.apply(tasks, paragraphs)), List.copyOf(warnings));
    }

    /**
     * A marker standing on its own after a block closes that block and the items before it that have none, as one
     * task (RULES §8: a marker closes the text since the previous marker). For each block, the block whose marker
     * closes it, or -1.
     */
    private static int[] sharedMarkers(List<Block> blocks, List<Attached> read, boolean[] subtreeTasks) {
        int[] closedBy = new int[blocks.size()];
        Arrays.fill(closedBy, -1);
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
                closedBy[j] = i;
            }
        }
        return closedBy;
    }

    /** The paragraphs of a block before its first marker or label line, run on, numbering included. */
    private static String textBeforeMarker(Block b) {
        StringBuilder sb = new StringBuilder();
        for (Para p : b.paras()) {
            LabelLine.Label label = LabelLine.of(p.text());
            if (ResponsibilityMarker.isLine(p.text()) || label != null && label.kind().isMarker()) {
                break;
            }
            int marker = firstMarker(p.text());
            if (marker >= 0) {
                sb.append(p.text(), 0, marker);
                break;
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    private static int firstMarker(String text) {
        for (Hit h : ResponsibilityMarker.scan(text)) {
            if (h instanceof Found) {
                return h.start();
            }
        }
        return -1;
    }

    /** A block's paragraphs run on, numbering included: the text a shared marker closes. */
    private static String wholeText(Block b) {
        StringBuilder sb = new StringBuilder();
        for (Para p : b.paras()) {
            sb.append(p.text());
        }
        return sb.toString();
    }

    private static boolean hasChildren(List<Block> blocks, int j) {
        return j + 1 < blocks.size() && blocks.get(j + 1).parent() == j;
    }

    private static boolean siblingHasTasks(List<Block> blocks, List<Attached> read, int[] closedBy, int i) {
        int parent = blocks.get(i).parent();
        for (int j = 0; j < blocks.size(); j++) {
            if (j != i && blocks.get(j).parent() == parent
                    && (!read.get(j).closed().isEmpty() || closedBy[j] >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One task: the section is the title of the top-level block above; the task is the block's own title at the
     * first two levels, else the title of the second-level block above it.
     */
    private static Task task(List<Block> blocks, List<Attached> read, int i, Closed c, boolean merged,
            Integer planYear) {
        Block b = blocks.get(i);
        int top = i;
        int second = -1;
        while (blocks.get(top).parent() >= 0) {
            second = top;
            top = blocks.get(top).parent();
        }
        String section = top == i ? null : titleOf(blocks, read, top);
        // Items closed together by one marker are one task of their joined words; none of their titles is its title.
        String task = b.depth() <= 1 || b.isRecord() ? (merged ? null : read.get(i).title())
                : titleOf(blocks, read, second);
        TaskFactory.Texts texts = new TaskFactory.Texts(null, section, task, c.requirement(),
                c.content().leadText(), c.content().responsibleText(), c.content().deadline(), Map.of(), List.of(),
                Origin.ofParagraph(c.from().index(), c.from().line()));
        return TaskFactory.build(texts, planYear);
    }

    /**
     * An item whose numbering the page lost ({@code ?。ǘ┩七M…}, a paragraph that opens with no number): its title
     * line was closed by its own marker, so its title is a whole task, and a later paragraph closed by a marker of
     * its own is the next item of the list, not a requirement of that title.
     */
    private static boolean peerItem(Block b, Attached a, int k) {
        if (k == 0 || a.title() == null || b.isRecord() || b.depth() > 1) {
            return false;
        }
        Closed first = a.closed().get(0);
        Closed c = a.closed().get(k);
        return first.requirement() == null && first.from() == b.head() && !c.standalone() && c.from() != b.head()
                && c.requirement() != null;
    }

    /** A lost-number item as its own task: its text is the task, under the section of its block. */
    private static Task peerTask(List<Block> blocks, List<Attached> read, int i, Closed c, Integer planYear) {
        int top = i;
        while (blocks.get(top).parent() >= 0) {
            top = blocks.get(top).parent();
        }
        String section = top == i ? null : titleOf(blocks, read, top);
        TaskFactory.Texts texts = new TaskFactory.Texts(null, section, c.requirement(), null,
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
                out.add(WarningCode.PROSE_MARKER_UNATTACHED.at(MarkerAttachment.origin(p), "在编号任务之前，未对应任务",
                        MarkerAttachment.snippet(p.text())));
            }
        }
        return out;
    }
}

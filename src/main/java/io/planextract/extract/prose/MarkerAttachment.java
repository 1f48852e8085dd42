package io.planextract.extract.prose;

import io.planextract.extract.prose.ProseBlocks.Block;
import io.planextract.extract.prose.ProseTasks.Para;
import io.planextract.extract.prose.ResponsibilityMarker.Content;
import io.planextract.extract.prose.ResponsibilityMarker.Doubt;
import io.planextract.extract.prose.ResponsibilityMarker.Found;
import io.planextract.extract.prose.ResponsibilityMarker.Hit;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.normalize.TextCleaner;
import io.planextract.normalize.UnitNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one block's paragraphs and attaches every responsibility marker to the text it closes (RULES §8, §9): a
 * marker inside or at the end of the text closes the text since the previous marker; lines of their own
 * ({@code 牵头单位：X}, or {@code 牵头单位} with {@code X} on the next line, {@code 完成时限} likewise) close the text
 * before them or complete the task just closed. A block reads either with its own title ({@code （一）title。body}:
 * the title is the task, the body the requirements) or whole (an item under a task group: its whole text is the
 * requirement).
 */
final class MarkerAttachment {
    /** A task the block's markers close: its requirement (null where only the title stands before the marker). */
    record Closed(String requirement, Content content, Para from, boolean standalone) {
    }

    /**
     * What a block gives: its title (null when read whole), the tasks its markers close, the text no marker closed
     * (and where it starts) and what a reviewer should look at.
     */
    record Attached(String title, List<Closed> closed, String rest, Para restFrom, List<Warning> warnings) {
    }

    private static final int SNIPPET = 30;

    private final Block block;
    private boolean ownTitle;
    private final List<Closed> closed = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private Para pendingFrom;
    /** The paragraph that had markers and left text after its last one. */
    private Para trailingFrom;
    /** Label lines waiting to close the text before them, as a marker reads them. */
    private final List<String> run = new ArrayList<>();
    private Para runFrom;

    private MarkerAttachment(Block block) {
        this.block = block;
    }

    static Attached read(Block block, boolean ownTitle) {
        MarkerAttachment a = new MarkerAttachment(block);
        String title = a.readAll(ownTitle);
        a.flushRun();
        if (a.trailingFrom != null && a.pending.length() > 0) {
            a.warnings.add(WarningCode.PROSE_TEXT_UNASSIGNED.at(origin(a.trailingFrom), snippet(a.pending.toString())));
        }
        String rest = a.pending.length() == 0 ? null : a.pending.toString();
        return new Attached(title, List.copyOf(a.closed), rest, a.pendingFrom, List.copyOf(a.warnings));
    }

    /** Reads the paragraphs in order; returns the block's own title (null when read whole). */
    private String readAll(boolean ownTitle) {
        this.ownTitle = ownTitle;
        List<Para> paras = block.paras();
        Para head = block.head();
        String title = null;
        int i = 1;
        if (block.isRecord()) {
            // 工作任务 / text…: the text up to the next label is the task.
            LabelLine.Label label = LabelLine.of(head.text());
            List<String> words = new ArrayList<>();
            if (label != null && label.value() != null) {
                words.add(label.value());
            }
            while (i < paras.size() && LabelLine.of(paras.get(i).text()) == null) {
                words.add(paras.get(i).text());
                i++;
            }
            String text = TextCleaner.strip(String.join("", words));
            if (ownTitle) {
                title = text.isEmpty() ? null : text;
            } else {
                append(text, head);
            }
        } else if (ownTitle) {
            String text = head.text();
            int stop = titleEnd(text);
            title = TextCleaner.strip(text.substring(0, stop));
            if (title.endsWith("：") || title.endsWith(":")) {
                title = title.substring(0, title.length() - 1);
            }
            for (Hit hit : SegmentEnds.hits(text)) {
                if (hit instanceof Doubt d && hit.start() < stop) {
                    warnings.add(WarningCode.PROSE_MARKER_DOUBTFUL.at(origin(head), "括号像责任单位但未按责任单位读取",
                            d.text()));
                }
            }
            scan(text.substring(stop), head);
        } else {
            // An item read whole: its words are the requirement, without its number (as a clerk copies it).
            String text = head.text();
            io.planextract.grammar.NumberingMark mark = io.planextract.grammar.NumberingMark.at(text);
            scan(mark == null ? text : mark.rest(text), head);
        }
        for (; i < paras.size(); i++) {
            i = accept(paras, i);
        }
        return title;
    }

    /** Reads paragraph {@code i} (and the value line after a label standing alone); returns the last one read. */
    private int accept(List<Para> paras, int i) {
        Para p = paras.get(i);
        if (ResponsibilityMarker.isLine(p.text())) {
            addToRun(p.text(), p);
            return i;
        }
        LabelLine.Label label = LabelLine.of(p.text());
        if (label == null || label.kind() == LabelLine.Kind.TASK) {
            flushRun();
            scan(p.text(), p);
            return i;
        }
        String value = label.value();
        int last = i;
        if (value == null && i + 1 < paras.size() && isValue(paras.get(i + 1))) {
            last = i + 1;
            value = paras.get(last).text();
        }
        // One cell's units spread over several lines: 配合单位 / 县财政局 / 城关镇.
        boolean units = label.kind() == LabelLine.Kind.LEAD || label.kind() == LabelLine.Kind.RESPONSIBLE
                || label.kind() == LabelLine.Kind.ASSISTING;
        while (units && value != null && last + 1 < paras.size() && isValue(paras.get(last + 1))
                && UnitNames.looksLikeUnits(paras.get(last + 1).text())) {
            last++;
            value = value + "、" + paras.get(last).text();
        }
        switch (label.kind()) {
            case PERSON -> {
                // A person is no unit (RULES §9): the label and the name go to neither list.
            }
            case REQUIREMENT -> {
                flushRun();
                if (value != null) {
                    scan(value, p);
                }
            }
            default -> {
                if (value == null) {
                    warnings.add(WarningCode.PROSE_MARKER_UNATTACHED.at(origin(p), "标签后没有内容",
                            snippet(p.text())));
                } else {
                    addToRun(label.asMarker(value), p);
                }
            }
        }
        return last;
    }

    private static boolean isValue(Para p) {
        return LabelLine.of(p.text()) == null && !ResponsibilityMarker.isLine(p.text());
    }

    private void addToRun(String line, Para p) {
        if (run.isEmpty()) {
            runFrom = p;
        }
        run.add(line);
    }

    /** Closes a task at every marker of {@code text}; what follows the last one waits for the next marker. */
    private void scan(String text, Para para) {
        int from = 0;
        boolean marked = false;
        for (Hit hit : SegmentEnds.hits(text)) {
            if (hit instanceof Doubt d) {
                warnings.add(WarningCode.PROSE_MARKER_DOUBTFUL.at(origin(para), "括号像责任单位但未按责任单位读取",
                        d.text()));
                continue;
            }
            Found f = (Found) hit;
            boolean standalone = para != block.head() && text.substring(0, f.start()).isBlank();
            append(text.substring(from, f.start()), para);
            if (f.problem() != null) {
                warnings.add(WarningCode.PROSE_MARKER_MISMATCHED.at(origin(para), f.problem()));
            }
            close(f.content(), para, standalone);
            from = f.end();
            marked = true;
            while (from < text.length() && (ResponsibilityMarker.SENTENCE_END.indexOf(text.charAt(from)) >= 0
                    || Character.isWhitespace(text.charAt(from)))) {
                from++;
            }
        }
        append(text.substring(from), para);
        if (marked && pending.length() > 0) {
            trailingFrom = para;
        }
    }

    private void append(String text, Para para) {
        String t = TextCleaner.strip(text);
        if (t.isEmpty()) {
            return;
        }
        if (pending.length() == 0) {
            pendingFrom = para;
        }
        pending.append(t);
    }

    private void close(Content content, Para at, boolean standalone) {
        if (!content.hasUnits()) {
            return;
        }
        String requirement = pending.length() == 0 ? null : pending.toString();
        // A task of its title alone starts where the block does.
        Para from = requirement != null && pendingFrom != null ? pendingFrom : ownTitle ? block.head() : at;
        closed.add(new Closed(requirement, content, from, standalone));
        pending.setLength(0);
        pendingFrom = null;
        trailingFrom = null;
    }

    /** Label lines close the text before them, or complete the task just closed. */
    private void flushRun() {
        if (run.isEmpty()) {
            return;
        }
        String lines = String.join("；", run);
        Para at = runFrom;
        run.clear();
        Content content = ResponsibilityMarker.read(lines);
        if (content == null) {
            warnings.add(WarningCode.PROSE_MARKER_UNATTACHED.at(origin(at), "没有读出责任单位或时限",
                    snippet(lines)));
            return;
        }
        if (pending.length() > 0) {
            if (content.hasUnits()) {
                close(content, at, true);
            } else {
                warnings.add(WarningCode.PROSE_MARKER_DOUBTFUL.at(origin(at),
                        "段落只有完成时限、没有责任单位，未生成任务", snippet(pending.toString())));
            }
            return;
        }
        if (!closed.isEmpty()) {
            Closed last = closed.get(closed.size() - 1);
            Content was = last.content();
            Content merged = new Content(was.leadText() != null ? was.leadText() : content.leadText(),
                    was.responsibleText() != null ? was.responsibleText() : content.responsibleText(),
                    was.deadline() != null ? was.deadline() : content.deadline());
            closed.set(closed.size() - 1, new Closed(last.requirement(), merged, last.from(), last.standalone()));
            if (lost(was.leadText(), content.leadText()) || lost(was.responsibleText(), content.responsibleText())
                    || lost(was.deadline(), content.deadline())) {
                warnings.add(WarningCode.PROSE_MARKER_UNATTACHED.at(origin(at),
                        "与上一条任务已有的责任单位或时限重复", snippet(lines)));
            }
            return;
        }
        if (content.hasUnits()) {
            close(content, at, true);
        } else {
            warnings.add(WarningCode.PROSE_MARKER_UNATTACHED.at(origin(at), "完成时限前没有任务",
                    snippet(lines)));
        }
    }

    private static boolean lost(String kept, String offered) {
        return kept != null && offered != null && !kept.equals(offered);
    }

    /**
     * The title ends at its first full stop or colon outside brackets ({@code （一）优化机制：持续完善…}), or where a
     * marker starts, or with the paragraph.
     */
    static int titleEnd(String text) {
        List<Hit> hits = null;
        int depth = 0;
        boolean pastNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ResponsibilityMarker.OPEN.indexOf(c) >= 0) {
                if (depth == 0 && i > 0) {
                    hits = hits == null ? SegmentEnds.hits(text) : hits;
                    if (startsMarker(hits, i) || (pastNumber && startsMarker(SegmentEnds.hits(text.substring(i)), 0))) {
                        return i;
                    }
                }
                depth++;
            } else if (ResponsibilityMarker.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
                pastNumber = true;
            } else if ((c == '。' || c == '：') && depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean startsMarker(List<Hit> hits, int at) {
        for (Hit hit : hits) {
            if (hit instanceof Found && hit.start() == at) {
                return true;
            }
        }
        return false;
    }

    static String snippet(String s) {
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "…";
    }

    static Origin origin(Para p) {
        return p == null ? Origin.none() : Origin.ofParagraph(p.index(), p.line());
    }
}

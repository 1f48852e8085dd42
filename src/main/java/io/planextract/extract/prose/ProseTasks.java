package io.planextract.extract.prose;

import io.planextract.extract.TaskFactory;
import io.planextract.extract.prose.ResponsibilityMarker.Content;
import io.planextract.extract.prose.ResponsibilityMarker.Doubt;
import io.planextract.extract.prose.ResponsibilityMarker.Found;
import io.planextract.extract.prose.ResponsibilityMarker.Hit;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.normalize.ChineseNumerals;
import io.planextract.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks of a notice written as prose (RULES §8). Headings {@code 一、…} (or {@code 1、…}) set the section; a
 * paragraph {@code （一）title。body} starts a task group whose title is the task; inside the body every
 * responsibility marker (see {@link ResponsibilityMarker}) closes one task whose requirement is the text since the
 * previous marker or the title, and responsibility lines of their own ({@code 责任单位：…}) close the text before
 * them. Text that no marker assigns is not a task.
 */
public final class ProseTasks {
    /** A cleaned paragraph of the body with its 1-based number among the paragraphs and its line (0 if none). */
    public record Para(String text, int index, int line) {
    }

    /** The tasks found, numbered from 1 in order, and what a reviewer should look at. */
    public record Result(List<Task> tasks, List<Warning> warnings) {
    }

    private static final Pattern CN_HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*\\S");
    private static final Pattern ARABIC_NUMBER = Pattern.compile("^(\\d{1,2})\\s*([、]|[.．](?!\\d))\\s*\\S");
    private static final Pattern GROUP = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]\\s*\\S");
    private static final int HEADING_MAX = 60;
    private static final int SNIPPET = 30;

    private final Integer planYear;
    private final List<Task> tasks = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /**
     * Groups without markers in the current section: worth a warning only where other groups of the section have
     * tasks (a marker forgotten), not in a section of groups that assign nobody (总体要求, 保障措施).
     */
    private final List<Warning> unassignedGroups = new ArrayList<>();
    private int sectionTasks;

    private boolean inBody;
    private String section;
    private int sectionNo;
    private String groupTitle;
    private Para groupPara;
    private int groupTasks;
    private int lastItemNo;
    /** The separator after the last item number ({@code 、} or {@code .}): items of one list share it. */
    private char lastItemSeparator;
    /** Text since the last marker, and where it started. */
    private final StringBuilder pending = new StringBuilder();
    private Para pendingFrom;
    /** Text left after the last marker of a paragraph that had markers. */
    private Para trailingFrom;
    /** Responsibility lines waiting to close the text before them. */
    private final List<String> lines = new ArrayList<>();
    private Para linesFrom;
    /** The last task's texts, to complete from responsibility lines that follow it directly. */
    private TaskFactory.Texts lastTexts;

    private ProseTasks(Integer planYear) {
        this.planYear = planYear;
    }

    public static Result extract(List<Para> paragraphs, Integer planYear) {
        ProseTasks p = new ProseTasks(planYear);
        for (Para para : paragraphs) {
            p.accept(para);
        }
        p.flushLines();
        p.endGroup();
        p.endSection();
        return new Result(List.copyOf(p.tasks), List.copyOf(p.warnings));
    }

    private void accept(Para para) {
        String text = para.text();
        if (inBody && ResponsibilityMarker.isLine(text)) {
            if (lines.isEmpty()) {
                linesFrom = para;
            }
            lines.add(text);
            return;
        }
        flushLines();
        if (isSectionHeading(text)) {
            endGroup();
            endSection();
            section = text;
            groupTitle = null;
            groupPara = null;
            inBody = true;
            return;
        }
        if (GROUP.matcher(text).find()) {
            endGroup();
            startGroup(para);
            return;
        }
        if (!inBody) {
            return;
        }
        Matcher item = ARABIC_NUMBER.matcher(text);
        if (item.find()) {
            lastItemNo = Integer.parseInt(item.group(1));
            lastItemSeparator = separator(item.group(2));
        }
        scan(text, para);
    }

    private boolean isSectionHeading(String text) {
        int number;
        Matcher cn = CN_HEADING.matcher(text);
        Matcher arabic = ARABIC_NUMBER.matcher(text);
        if (cn.find()) {
            number = ChineseNumerals.parse(cn.group(1));
        } else if (arabic.find()) {
            number = Integer.parseInt(arabic.group(1));
            // Inside a group, 1. 2. 3. are its items; an Arabic heading continues the section numbers.
            boolean nextItem = groupTitle != null && number == lastItemNo + 1
                    && (lastItemNo == 0 || lastItemSeparator == separator(arabic.group(2)));
            boolean nextSection = section == null || number == sectionNo + 1;
            if (nextItem || !nextSection) {
                return false;
            }
        } else {
            return false;
        }
        String body = text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
        if (body.length() > HEADING_MAX || body.contains("。")) {
            return false;
        }
        for (Hit hit : ResponsibilityMarker.scan(text)) {
            if (hit instanceof Found) {
                return false;
            }
        }
        sectionNo = number;
        return true;
    }

    private static char separator(String s) {
        return s.charAt(0) == '、' ? '、' : '.';
    }

    private void startGroup(Para para) {
        String text = para.text();
        int stop = titleEnd(text);
        String title = text.substring(0, stop);
        groupTitle = title.endsWith("：") ? title.substring(0, title.length() - 1) : title;
        groupPara = para;
        groupTasks = 0;
        lastItemNo = 0;
        inBody = true;
        scan(text.substring(stop), para);
    }

    /**
     * The title ends at its first full stop or colon outside brackets ({@code （一）优化机制：持续完善…}), or where a
     * marker starts, or with the paragraph.
     */
    private static int titleEnd(String text) {
        int depth = 0;
        boolean pastNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ResponsibilityMarker.OPEN.indexOf(c) >= 0) {
                if (pastNumber && depth == 0) {
                    for (Hit hit : ResponsibilityMarker.scan(text.substring(i))) {
                        if (hit instanceof Found && hit.start() == 0) {
                            return i;
                        }
                        break;
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

    /** Closes a task at every marker of {@code body}; what follows the last one waits for the next marker. */
    private void scan(String body, Para para) {
        int from = 0;
        boolean marked = false;
        for (Hit hit : ResponsibilityMarker.scan(body)) {
            if (hit instanceof Doubt d) {
                warnings.add(Warning.of("prose-marker-doubtful",
                        "括号像责任单位但未按责任单位读取，请核对：" + d.text(), origin(para)));
                continue;
            }
            Found f = (Found) hit;
            append(body.substring(from, f.start()), para);
            if (f.problem() != null) {
                warnings.add(Warning.of("prose-marker-mismatched", f.problem(), origin(para)));
            }
            close(f.content(), para);
            from = f.end();
            marked = true;
            while (from < body.length() && (ResponsibilityMarker.SENTENCE_END.indexOf(body.charAt(from)) >= 0
                    || Character.isWhitespace(body.charAt(from)))) {
                from++;
            }
        }
        append(body.substring(from), para);
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
        lastTexts = null;
    }

    /** Closes the pending text as one task with the given responsibility. */
    private void close(Content content, Para at) {
        if (!content.hasUnits()) {
            return;
        }
        String requirement = pending.length() == 0 ? null : pending.toString();
        Para from = pendingFrom != null && requirement != null ? pendingFrom : at;
        TaskFactory.Texts texts = new TaskFactory.Texts(null, section, groupTitle, requirement, content.leadText(),
                content.responsibleText(), content.deadline(), Map.of(), List.of(),
                Origin.ofParagraph(from.index(), from.line()));
        tasks.add(TaskFactory.build(texts, planYear));
        lastTexts = texts;
        groupTasks++;
        sectionTasks++;
        pending.setLength(0);
        pendingFrom = null;
        trailingFrom = null;
    }

    /** Responsibility lines close the text before them, or complete the task just closed. */
    private void flushLines() {
        if (lines.isEmpty()) {
            return;
        }
        Content content = ResponsibilityMarker.read(String.join("；", lines));
        Para at = linesFrom;
        lines.clear();
        if (content == null) {
            return;
        }
        if (pending.length() > 0) {
            if (content.hasUnits()) {
                close(content, at);
            } else {
                warnings.add(Warning.of("prose-marker-doubtful",
                        "只有完成时限、没有责任单位的段落，未生成任务：" + snippet(pending.toString()), origin(at)));
            }
            return;
        }
        if (lastTexts != null && !tasks.isEmpty()) {
            TaskFactory.Texts t = lastTexts;
            TaskFactory.Texts merged = new TaskFactory.Texts(t.seq(), t.section(), t.task(), t.requirement(),
                    t.leadText() != null ? t.leadText() : content.leadText(),
                    t.responsibleText() != null ? t.responsibleText() : content.responsibleText(),
                    t.deadline() != null ? t.deadline() : content.deadline(), t.extra(), t.inherited(), t.origin());
            tasks.set(tasks.size() - 1, TaskFactory.build(merged, planYear));
            lastTexts = merged;
            return;
        }
        if (content.hasUnits() && groupTitle != null) {
            close(content, at);
        }
    }

    private void endSection() {
        if (sectionTasks > 0) {
            warnings.addAll(unassignedGroups);
        }
        unassignedGroups.clear();
        sectionTasks = 0;
    }

    private void endGroup() {
        if (trailingFrom != null && pending.length() > 0) {
            warnings.add(Warning.of("prose-text-unassigned",
                    "最后一个责任单位之后的文字没有责任单位，未作为任务：" + snippet(pending.toString()),
                    origin(trailingFrom)));
        } else if (groupTitle != null && groupTasks == 0) {
            unassignedGroups.add(Warning.of("prose-group-unassigned",
                    "这一组没有责任单位标注，未生成任务：" + snippet(groupTitle), origin(groupPara)));
        }
        pending.setLength(0);
        pendingFrom = null;
        trailingFrom = null;
        lastTexts = null;
        groupTasks = 0;
    }

    private static String snippet(String s) {
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "…";
    }

    private static Origin origin(Para p) {
        return p == null ? Origin.none() : Origin.ofParagraph(p.index(), p.line());
    }
}

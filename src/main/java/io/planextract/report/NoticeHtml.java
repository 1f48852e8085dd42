package io.planextract.report;

import static io.planextract.report.Html.escape;

import io.planextract.ledger.UnitNames;
import io.planextract.model.Deadline;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Scope;
import io.planextract.model.Source;
import io.planextract.model.TableInfo;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.write.InheritedFrom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HTML of one notice on the review page: a collapsible {@code <details>} with the notice's fields, its
 * counts, its warnings and each task table drawn as a table.
 *
 * <p>Task rows carry what the page's script filters on, computed here once so that typing in the filter box
 * costs one pass over the rows: {@code data-units} (the units as written) and {@code data-keys} (their
 * {@link UnitNames#key}, so that {@code 区卫生和健康局} finds {@code 区卫生健康局}), separated by {@code |}.
 */
final class NoticeHtml {

    static final int COLUMNS = 7;

    private static final Map<String, String> FIELD_LABELS = new LinkedHashMap<>();

    static {
        FIELD_LABELS.put("section", "一级任务");
        FIELD_LABELS.put("task", "任务");
        FIELD_LABELS.put("lead", "牵头单位");
        FIELD_LABELS.put("responsible", "责任单位");
        FIELD_LABELS.put("deadline", "完成时限");
    }

    private final NoticeResult result;
    private final int number;
    private final StringBuilder out = new StringBuilder(16 * 1024);
    /** Unit keys by name: a notice names the same few units on many rows, and a key costs a normalisation. */
    private final Map<String, String> keys = new HashMap<>();

    private NoticeHtml(NoticeResult result, int number) {
        this.result = result;
        this.number = number;
    }

    /** The HTML of notice {@code number} (1-based, unique on the page: it makes the element ids unique). */
    static String render(NoticeResult result, int number) {
        NoticeHtml html = new NoticeHtml(result, number);
        html.notice();
        return html.out.toString();
    }

    private void notice() {
        Notice notice = result.notice();
        Source source = result.source();
        String title = notice != null && notice.title() != null ? notice.title()
                : source != null && source.path() != null ? source.path() : "通知 " + number;
        int warningCount = result.warnings().size();
        out.append("<details class=\"notice\" id=\"n").append(number).append("\" data-tasks=\"")
                .append(result.tasks().size()).append("\">\n<summary><span class=\"ntitle\">").append(escape(title))
                .append("</span>");
        if (notice != null && notice.docNumber() != null) {
            out.append(" <span class=\"doc\">").append(escape(notice.docNumber())).append("</span>");
        }
        out.append(" <span class=\"counts\"><span class=\"c-tasks\">").append(result.tasks().size())
                .append(" 项任务</span><span class=\"c-tables\">").append(result.tables().size())
                .append(" 张表</span><span class=\"c-warnings").append(warningCount > 0 ? " has" : "").append("\">")
                .append(warningCount).append(" 条警告</span></span><span class=\"match\"></span></summary>\n");
        fields(notice, source);

        // Warnings go beside the row they point at; the rest (table- or notice-wide) go on top.
        Map<String, List<Warning>> byRow = new HashMap<>();
        List<Warning> general = new ArrayList<>();
        Map<String, Task> taskByPlace = new HashMap<>();
        for (Task t : result.tasks()) {
            taskByPlace.putIfAbsent(Origin.rowKey(t.origin()), t);
        }
        for (Warning w : result.warnings()) {
            String place = Origin.rowKey(w.origin());
            if (place != null && taskByPlace.containsKey(place)) {
                byRow.computeIfAbsent(place, p -> new ArrayList<>()).add(w);
            } else {
                general.add(w);
            }
        }
        if (!general.isEmpty()) {
            out.append("<ul class=\"nwarnings\">");
            for (Warning w : general) {
                out.append("<li>").append(warningText(w)).append(where(w.origin())).append("</li>");
            }
            out.append("</ul>\n");
        }

        // Tasks by table, in table order; tasks without a table (prose notices) last.
        Map<Integer, List<Task>> byTable = new LinkedHashMap<>();
        for (Task t : result.tasks()) {
            Integer table = t.origin() == null ? null : t.origin().table();
            byTable.computeIfAbsent(table == null ? 0 : table, k -> new ArrayList<>()).add(t);
        }
        for (int i = 1; i <= result.tables().size(); i++) {
            byTable.putIfAbsent(i, List.of());
        }
        byTable.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a == 0 ? 1 : b == 0 ? -1 : a - b))
                .forEach(e -> table(e.getKey(), e.getValue(), byRow));
        out.append("</details>\n");
    }

    private void fields(Notice notice, Source source) {
        out.append("<dl class=\"fields\">");
        if (notice != null) {
            field("发文机关", notice.issuer());
            field("文号", notice.docNumber());
            field("标题", notice.title());
            field("成文日期", notice.date());
            field("主送", notice.addressees());
            field("抄送", notice.cc());
            field("计划年度", notice.planYear() == null ? null : notice.planYear().toString());
        }
        if (source != null) {
            field("来源", source.path() + (source.format() == null ? "" : "（" + source.format() + "）"));
            field("SHA-256", source.sha256());
        }
        out.append("</dl>\n");
    }

    private void field(String label, String value) {
        out.append("<div><dt>").append(escape(label)).append("</dt><dd")
                .append(value == null ? " class=\"absent\">—" : ">" + escape(value)).append("</dd></div>");
    }

    private void table(int tableNo, List<Task> tasks, Map<String, List<Warning>> warningsByRow) {
        TableInfo info = tableNo >= 1 && tableNo <= result.tables().size() ? result.tables().get(tableNo - 1) : null;
        out.append("<section class=\"tbl\"><h3>");
        if (tableNo == 0) {
            out.append("正文中的任务");
        } else {
            out.append("表 ").append(tableNo);
            if (info != null && info.title() != null) {
                out.append("：").append(escape(info.title()));
            }
        }
        out.append(" <small>").append(tasks.size()).append(" 项任务");
        if (info != null && !info.header().isEmpty()) {
            out.append(" · 表头：").append(escape(String.join(" | ", info.header())));
        }
        out.append("</small></h3>\n<table class=\"tasks\"><colgroup><col class=\"w-seq\"><col class=\"w-section\">"
                + "<col class=\"w-task\"><col class=\"w-req\"><col class=\"w-lead\"><col class=\"w-resp\">"
                + "<col class=\"w-deadline\"></colgroup>\n<thead><tr><th>序号</th><th>一级任务</th><th>任务</th>"
                + "<th>要求</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr></thead>\n<tbody>\n");
        InheritedFrom sources = new InheritedFrom(tasks);
        Object section = new Object(); // never equal to a real section, so the first task opens one
        for (Task t : tasks) {
            if (!Objects.equals(section, t.section())) {
                section = t.section();
                sectionRow(t);
            }
            List<Warning> rowWarnings = warningsByRow.getOrDefault(Origin.rowKey(t.origin()), List.of());
            taskRow(t, sources, !rowWarnings.isEmpty());
            for (Warning w : rowWarnings) {
                out.append("<tr class=\"warn\"><td colspan=\"").append(COLUMNS).append("\">")
                        .append(warningText(w)).append("</td></tr>\n");
            }
        }
        out.append("</tbody></table></section>\n");
    }

    private void sectionRow(Task t) {
        out.append("<tr class=\"section\"><th colspan=\"").append(COLUMNS).append("\">");
        if (t.sectionNo() != null) {
            out.append(Html.chineseNumber(t.sectionNo())).append("、");
        }
        out.append(t.section() == null ? "（无一级任务）" : escape(t.section())).append("</th></tr>\n");
    }

    private void taskRow(Task t, InheritedFrom sources, boolean warned) {
        List<String> units = new ArrayList<>(t.lead());
        units.addAll(t.responsible());
        List<String> unitKeys = units.stream().map(this::key).toList();
        out.append("<tr class=\"task\" id=\"n").append(number).append("-t").append(t.id())
                .append("\" data-units=\"").append(escape(String.join("|", units)))
                .append("\" data-keys=\"").append(escape(String.join("|", unitKeys))).append('"');
        if (warned) {
            out.append(" data-warn=\"1\"");
        }
        out.append(">");
        String rowNote = t.origin() == null ? "" : t.origin().row() != null ? "第 " + t.origin().row() + " 行"
                : t.origin().paragraph() != null ? "第 " + t.origin().paragraph() + " 段" : "";
        if (t.origin() != null && t.origin().line() != null) {
            rowNote += (rowNote.isEmpty() ? "" : "，") + "源文件第 " + t.origin().line() + " 行";
        }
        out.append("<td class=\"seq\" title=\"任务 ").append(t.id()).append(rowNote.isEmpty() ? "" : "，")
                .append(escape(rowNote)).append("\">").append(t.seq() == null ? "" : t.seq()).append("</td>");
        cell(t, "section", "section", titleText(t.sectionNo(), t.section()), sources);
        cell(t, "task", "task", titleText(t.taskNo(), t.task()), sources);
        plainCell("req", escape(t.requirement()) + extra(t));
        cell(t, "lead", "lead", units(t.lead(), List.of()), sources);
        cell(t, "responsible", "resp", units(t.responsible(), t.scopes()), sources);
        cell(t, "deadline", "deadline", deadline(t.deadline()), sources);
        out.append("</tr>\n");
    }

    /** A cell of an inheritable field: marked, with the row it came from in its hover title. */
    private void cell(Task t, String field, String cssClass, String html, InheritedFrom sources) {
        out.append("<td class=\"").append(cssClass);
        if (t.inherited().contains(field)) {
            Task from = sources.sourceOf(t, field);
            String title = "继承自" + (from == null ? "上方的行"
                    : describeRow(from)) + "（" + FIELD_LABELS.get(field) + "为空或合并单元格）";
            out.append(" inherited\" title=\"").append(escape(title)).append('"');
            if (from != null) {
                out.append(" data-from=\"n").append(number).append("-t").append(from.id()).append('"');
            }
        } else {
            out.append('"');
        }
        out.append('>').append(html).append("</td>");
    }

    private void plainCell(String cssClass, String html) {
        out.append("<td class=\"").append(cssClass).append("\">").append(html).append("</td>");
    }

    private static String describeRow(Task from) {
        String row = from.origin() != null && from.origin().row() != null ? "第 " + from.origin().row() + " 行"
                : "任务 " + from.id();
        return from.seq() == null ? row : row + "（序号 " + from.seq() + "）";
    }

    private static String titleText(Integer no, String text) {
        if (text == null) {
            return "";
        }
        return (no == null ? "" : "<span class=\"no\">" + no + ".</span> ") + escape(text);
    }

    private String key(String unit) {
        return keys.computeIfAbsent(unit, UnitNames::key);
    }

    private String units(List<String> units, List<Scope> scopes) {
        StringBuilder b = new StringBuilder();
        if (!scopes.isEmpty()) {
            for (Scope s : scopes) {
                b.append("<div class=\"scope\"><span class=\"sname\">").append(escape(s.scope())).append("：</span>");
                s.units().forEach(u -> b.append(chip(u)));
                b.append("</div>");
            }
            return b.toString();
        }
        units.forEach(u -> b.append(chip(u)));
        return b.toString();
    }

    private String chip(String unit) {
        return "<span class=\"u" + (UnitNames.isCollectiveKey(key(unit)) ? " coll" : "") + "\">" + escape(unit) + "</span>";
    }

    private static String deadline(Deadline d) {
        if (d == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(escape(d.text()));
        if (d.date() != null || d.kind() != null) {
            b.append("<div class=\"dl\">").append(escape(d.kind() == null ? "" : d.kind()));
            if (d.date() != null) {
                b.append(" → ").append(escape(d.date()));
            }
            b.append("</div>");
        }
        return b.toString();
    }

    private static String extra(Task t) {
        if (t.extra().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<dl class=\"extra\">");
        t.extra().forEach((k, v) -> b.append("<dt>").append(escape(k)).append("</dt><dd>").append(escape(v))
                .append("</dd>"));
        return b.append("</dl>").toString();
    }

    // The clerk reads the message; the code (for filters and docs/warnings.md) is only a hover title.
    private static String warningText(Warning w) {
        return "<span class=\"wicon\" aria-hidden=\"true\">⚠</span> <span class=\"wmsg\" title=\""
                + escape(w.code()) + "\">" + escape(w.message()) + "</span>";
    }

    private static String where(Origin o) {
        if (o == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (o.table() != null) {
            parts.add("表 " + o.table());
        }
        if (o.row() != null) {
            parts.add("第 " + o.row() + " 行");
        }
        if (o.paragraph() != null) {
            parts.add("第 " + o.paragraph() + " 段");
        }
        if (o.line() != null) {
            parts.add("源文件第 " + o.line() + " 行");
        }
        return parts.isEmpty() ? "" : " <span class=\"where\">" + escape(String.join("，", parts)) + "</span>";
    }

}

package io.planextract.extract;

import io.planextract.grammar.UnitWords;
import io.planextract.model.Deadline;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.normalize.Deadlines;
import io.planextract.normalize.Numbering;
import io.planextract.normalize.Responsibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds task records from settled texts, the same way for tables and prose: titles lose their numbering to
 * {@code sectionNo}/{@code taskNo}, unit texts become unit lists, deadlines are resolved with the plan year.
 */
public final class TaskFactory {
    /** The settled texts of one task, before normalising. {@code leadText} is a lead column's or label's text. */
    public record Texts(Integer seq, String section, String task, String requirement, String leadText,
            String responsibleText, String deadline, Map<String, String> extra, List<String> inherited,
            Origin origin) {
    }

    private TaskFactory() {
    }

    public static Task build(Texts t, Integer planYear) {
        Numbering.Numbered section = Numbering.title(t.section());
        Numbering.Numbered task = Numbering.title(t.task());
        Responsibility inCell = Responsibility.parse(t.responsibleText());
        Responsibility inLead = Responsibility.parse(t.leadText());
        Set<String> lead = new LinkedHashSet<>(inLead.lead());
        lead.addAll(inLead.responsible());
        lead.addAll(inCell.lead());
        List<String> responsible = new ArrayList<>();
        for (String u : inCell.responsible()) {
            if (UnitWords.LEAD_MARKS.indexOf(u.charAt(0)) >= 0 && u.length() > 1) {
                lead.add(u.substring(1).strip());
            } else {
                responsible.add(u);
            }
        }
        // A marked unit leads (▲发改局): the mark is the table's way of writing 牵头.
        Set<String> leads = new LinkedHashSet<>();
        for (String u : lead) {
            leads.add(UnitWords.LEAD_MARKS.indexOf(u.charAt(0)) >= 0 && u.length() > 1 ? u.substring(1).strip() : u);
        }
        Deadline deadline = Deadlines.parse(t.deadline(), planYear);
        return new Task(0, t.seq(), section.text(), section.number(), task.text(), task.number(),
                t.requirement(), t.leadText(), t.responsibleText(), new ArrayList<>(leads), responsible,
                inCell.scopes(), deadline, t.extra(), t.inherited(), t.origin());
    }
}

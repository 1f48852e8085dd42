package io.planextract.extract;

import io.planextract.grammar.DocumentNotes;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.normalize.Responsibility;
import io.planextract.table.ColumnRole;
import io.planextract.table.TableReading;
import io.planextract.table.TaskRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

/** Task records from a table the engine has read. */
final class TableTasks {
    private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");

    private TableTasks() {
    }

    static List<Task> of(TableReading reading, int tableNo, Integer planYear) {
        return of(reading, tableNo, planYear, DocumentNotes.NONE);
    }

    /**
     * Under a first-is-lead note (in the text before the table or in its header, {@code 责任单位（排名第一的为牵头单位）})
     * and without a lead column, the first unit of each responsibility cell leads (RULES §9).
     */
    static List<Task> of(TableReading reading, int tableNo, Integer planYear, DocumentNotes notes) {
        DocumentNotes here = notes.after(String.join(" ", reading.header().labels()));
        boolean firstLeads = here.firstIsLead() && !reading.header().has(ColumnRole.LEAD);
        List<Task> tasks = new ArrayList<>(reading.rows().size());
        for (TaskRow r : reading.rows()) {
            Integer seq = r.seq() != null && INTEGER.matcher(r.seq()).matches() ? Integer.valueOf(r.seq()) : null;
            Map<String, String> extra = new LinkedHashMap<>(r.extra());
            if (r.seq() != null && seq == null) {
                extra.put("序号", r.seq());
            }
            String lead = r.lead();
            String responsible = r.responsible();
            Responsibility.FirstLead first = firstLeads && lead == null ? Responsibility.firstLeads(responsible)
                    : null;
            if (first != null) {
                lead = first.lead();
                responsible = first.rest();
            }
            tasks.add(TaskFactory.build(new TaskFactory.Texts(seq, r.section(), r.task(), r.requirement(), lead,
                    responsible, r.deadline(), extra, r.inherited(), Origin.ofRow(tableNo, r.row(), r.line())),
                    planYear));
        }
        return tasks;
    }
}

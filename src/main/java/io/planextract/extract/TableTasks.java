package io.planextract.extract;

import io.planextract.model.Origin;
import io.planextract.model.Task;
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
        List<Task> tasks = new ArrayList<>(reading.rows().size());
        for (TaskRow r : reading.rows()) {
            Integer seq = r.seq() != null && INTEGER.matcher(r.seq()).matches() ? Integer.valueOf(r.seq()) : null;
            Map<String, String> extra = new LinkedHashMap<>(r.extra());
            if (r.seq() != null && seq == null) {
                extra.put("序号", r.seq());
            }
            tasks.add(TaskFactory.build(new TaskFactory.Texts(seq, r.section(), r.task(), r.requirement(), r.lead(),
                    r.responsible(), r.deadline(), extra, r.inherited(), Origin.ofRow(tableNo, r.row(), r.line())),
                    planYear));
        }
        return tasks;
    }
}

package io.planextract.report;

import io.planextract.model.Task;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * For each inherited value of a table's tasks, the task it came from: the nearest earlier task of the same
 * table whose value of that field was its own. The review page names that row in the cell's hover title, so a
 * reviewer can check the merge against the source.
 */
final class InheritanceSources {

    // By identity: tasks are records, and hashing every field of every task is wasted work.
    private final Map<Task, Map<String, Task>> sources = new IdentityHashMap<>();

    /** @param tableTasks the tasks of one table, in table order */
    InheritanceSources(List<Task> tableTasks) {
        Map<String, Task> lastOwn = new HashMap<>();
        for (Task task : tableTasks) {
            for (String field : task.inherited()) {
                Task from = lastOwn.get(field);
                if (from != null) {
                    sources.computeIfAbsent(task, t -> new HashMap<>()).put(field, from);
                }
            }
            for (String field : List.of("section", "task", "lead", "responsible", "deadline")) {
                if (!task.inherited().contains(field)) {
                    lastOwn.put(field, task);
                }
            }
        }
    }

    /** The task {@code task}'s value of {@code field} came from, or null where it is its own or unknown. */
    Task sourceOf(Task task, String field) {
        Map<String, Task> fields = sources.get(task);
        return fields == null ? null : fields.get(field);
    }
}

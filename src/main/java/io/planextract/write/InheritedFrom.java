package io.planextract.write;

import io.planextract.model.Task;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * For each inherited value of a notice's tasks, the task it came from: the nearest earlier task of the same
 * table whose value of that field was its own. Excel's cell notes and the review page's hover titles both ask it,
 * so they name the same row.
 */
public final class InheritedFrom {
    private static final List<String> FIELDS = List.of("section", "task", "lead", "responsible", "deadline");

    // By identity: tasks are records, and hashing every field of every task is wasted work.
    private final Map<Task, Map<String, Task>> sources = new IdentityHashMap<>();

    /** @param tasks the tasks of one notice, in order; tasks of different tables never feed each other */
    public InheritedFrom(List<Task> tasks) {
        Map<Integer, Map<String, Task>> lastOwnByTable = new HashMap<>();
        for (Task task : tasks) {
            Integer table = task.origin() == null ? null : task.origin().table();
            Map<String, Task> lastOwn = lastOwnByTable.computeIfAbsent(Objects.requireNonNullElse(table, 0),
                    t -> new HashMap<>());
            for (String field : task.inherited()) {
                Task from = lastOwn.get(field);
                if (from != null) {
                    sources.computeIfAbsent(task, t -> new HashMap<>()).put(field, from);
                }
            }
            for (String field : FIELDS) {
                if (!task.inherited().contains(field)) {
                    lastOwn.put(field, task);
                }
            }
        }
    }

    /** The task {@code task}'s value of {@code field} came from, or null where it is its own or unknown. */
    public Task sourceOf(Task task, String field) {
        Map<String, Task> fields = sources.get(task);
        return fields == null ? null : fields.get(field);
    }
}

package io.planextract.extract.prose;

import io.planextract.grammar.DocumentNotes;
import io.planextract.model.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * RULES §9's document-wide note, applied to a notice's prose tasks once they are read: from the paragraph or marker
 * that says {@code 排名第一位的为牵头单位，下同} (or {@code 列第一位者为牵头单位}, {@code 首位单位为牵头单位}…), that
 * marker's task included, every task whose marker names units but no lead has its first unit as the lead. A clerk
 * reads a labelled {@code 责任单位：} list under the note the same way: the note speaks of the list, whatever its label.
 */
final class FirstListedLeads {
    private FirstListedLeads() {
    }

    static List<Task> apply(List<Task> tasks, List<ProseTasks.Para> paragraphs) {
        int noteAt = Integer.MAX_VALUE;
        for (ProseTasks.Para p : paragraphs) {
            if (DocumentNotes.declaresFirstIsLead(p.text())) {
                noteAt = p.index();
                break;
            }
        }
        if (noteAt == Integer.MAX_VALUE) {
            return tasks;
        }
        List<Task> out = new ArrayList<>(tasks.size());
        boolean active = false;
        for (Task t : tasks) {
            Integer paragraph = t.origin().paragraph();
            active |= paragraph != null && paragraph >= noteAt || DocumentNotes.declaresFirstIsLead(t.responsibleText())
                    || DocumentNotes.declaresFirstIsLead(t.leadText());
            if (active && t.lead().isEmpty() && !t.responsible().isEmpty()) {
                out.add(t.withUnits(List.of(t.responsible().get(0)), t.responsible().subList(1, t.responsible().size())));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}

package io.planextract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One task record, the unit of the output contract (docs/OUTPUT.md). */
@JsonPropertyOrder({"id", "seq", "section", "sectionNo", "task", "taskNo", "requirement", "leadText",
    "responsibleText", "lead", "responsible", "scopes", "deadline", "extra", "inherited", "origin"})
public record Task(
        int id,
        Integer seq,
        String section,
        Integer sectionNo,
        String task,
        Integer taskNo,
        String requirement,
        String leadText,
        String responsibleText,
        List<String> lead,
        List<String> responsible,
        List<Scope> scopes,
        Deadline deadline,
        Map<String, String> extra,
        List<String> inherited,
        Origin origin) {

    public Task {
        lead = List.copyOf(lead);
        responsible = List.copyOf(responsible);
        scopes = List.copyOf(scopes);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        inherited = List.copyOf(inherited);
    }

    /** The same task numbered {@code newId}: ids count the tasks of one notice. */
    public Task withId(int newId) {
        return new Task(newId, seq, section, sectionNo, task, taskNo, requirement, leadText, responsibleText,
                lead, responsible, scopes, deadline, extra, inherited, origin);
    }
}

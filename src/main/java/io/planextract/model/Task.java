package io.planextract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

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
        extra = ordered(extra);
        inherited = List.copyOf(inherited);
    }

    private static final Class<?> OWN = Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

    /**
     * The extra columns in an order that is the same on every run: the order given when the map has one (a
     * {@link LinkedHashMap} in column order, a sorted map, a task's own), else sorted by label. {@code Map.of} and
     * {@code Map.copyOf} iterate in an order that changes from run to run, which made outputs differ.
     */
    private static Map<String, String> ordered(Map<String, String> extra) {
        if (extra instanceof LinkedHashMap || extra instanceof SortedMap || OWN.isInstance(extra)) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(extra)));
    }

    /** The same task with other unit lists (a document-wide note read after the marker, RULES §9). */
    public Task withUnits(List<String> newLead, List<String> newResponsible) {
        return new Task(id, seq, section, sectionNo, task, taskNo, requirement, leadText, responsibleText,
                newLead, newResponsible, scopes, deadline, extra, inherited, origin);
    }

    /** The same task numbered {@code newId}: ids count the tasks of one notice. */
    public Task withId(int newId) {
        return new Task(newId, seq, section, sectionNo, task, taskNo, requirement, leadText, responsibleText,
                lead, responsible, scopes, deadline, extra, inherited, origin);
    }
}

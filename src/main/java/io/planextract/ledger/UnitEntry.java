package io.planextract.ledger;

import java.util.List;

/**
 * One unit (or collective name) and its tasks.
 *
 * @param name       the name shown: the alias file's canonical name, else the most frequent writing
 * @param collective whether the name stands for several units ({@link UnitNames#isCollective})
 * @param variants   every writing seen in the tasks, most frequent first
 * @param tasks      its tasks in input order, each once
 */
public record UnitEntry(String name, boolean collective, List<String> variants, List<UnitTask> tasks) {

    public UnitEntry {
        variants = List.copyOf(variants);
        tasks = List.copyOf(tasks);
    }

    public long leadCount() {
        return tasks.stream().filter(t -> t.role() == Role.LEAD).count();
    }

    public long responsibleCount() {
        return tasks.stream().filter(t -> t.role() == Role.RESPONSIBLE).count();
    }
}

package io.planextract.model;

import java.util.List;

/** Units responsible for one scope of a task ({@code 区总体预案：区应急局}). */
public record Scope(String scope, List<String> units) {
    public Scope {
        units = List.copyOf(units);
    }
}

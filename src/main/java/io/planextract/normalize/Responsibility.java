package io.planextract.normalize;

import io.planextract.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does a task, as one responsibility text says it: the lead written inside it ({@code X牵头，Y具体负责}),
 * labelled parts ({@code 牵头单位：X；责任单位：Y}), or one unit list per scope ({@code 区总体预案：区应急局}).
 */
public record Responsibility(List<String> lead, List<String> responsible, List<Scope> scopes) {
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(牵头单位|牵头部门|主责单位|责任单位|责任部门|责任科室|主体单位|配合单位|配合部门|协作单位|协办单位|参与单位|协同单位)"
                    + "\\s*[：:]");
    private static final Pattern SCOPE_LINE = Pattern.compile("([^：:]{1,40})[：:](.+)");
    /** {@code 牵头} followed by these is the noun 牵头部门/牵头单位, not a statement of who leads. */
    private static final String NOUN_AFTER_LEAD = "部单处科领";

    public Responsibility {
        lead = List.copyOf(lead);
        responsible = List.copyOf(responsible);
        scopes = List.copyOf(scopes);
    }

    public static final Responsibility NONE = new Responsibility(List.of(), List.of(), List.of());

    public static Responsibility parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Responsibility labelled = labelledParts(text);
        if (labelled != null) {
            return labelled;
        }
        List<Scope> scopes = scopes(text);
        if (!scopes.isEmpty()) {
            Set<String> union = new LinkedHashSet<>();
            scopes.forEach(s -> union.addAll(s.units()));
            return new Responsibility(List.of(), List.copyOf(union), scopes);
        }
        int at = leadMarker(text);
        if (at > 0) {
            return new Responsibility(UnitSplitter.split(text.substring(0, at)),
                    UnitSplitter.split(text.substring(at + 2)), List.of());
        }
        return new Responsibility(List.of(), UnitSplitter.split(text), List.of());
    }

    /** Where {@code 牵头} states the lead, or -1. */
    static int leadMarker(String text) {
        int from = 0;
        while (true) {
            int at = Brackets.indexOutside(Simplified.of(text), "牵头", from);
            if (at < 0) {
                return -1;
            }
            int after = at + 2;
            boolean noun = after < text.length() && NOUN_AFTER_LEAD.indexOf(text.charAt(after)) >= 0;
            boolean quoted = at > 0 && text.charAt(at - 1) == '”';
            if (!noun && !quoted) {
                return at;
            }
            from = after;
        }
    }

    /** {@code 牵头单位：X；责任单位：Y}; null when the text does not start with a role label. */
    private static Responsibility labelledParts(String text) {
        Matcher m = ROLE_LABEL.matcher(Simplified.of(text));
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        if (labels.isEmpty() || !text.substring(0, labels.get(0)[0]).isBlank()) {
            return null;
        }
        List<String> lead = new ArrayList<>();
        List<String> primary = new ArrayList<>();
        List<String> assisting = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = Simplified.of(text.substring(labels.get(i)[0], labels.get(i)[1]));
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            List<String> units = UnitSplitter.split(text.substring(labels.get(i)[1], end));
            if (label.contains("牵头") || label.contains("主责")) {
                lead.addAll(units);
            } else if (label.startsWith("责任") || label.startsWith("主体")) {
                primary.addAll(units);
            } else {
                assisting.addAll(units);
            }
        }
        if (lead.isEmpty() && !primary.isEmpty() && !assisting.isEmpty()) {
            // With 责任单位 and 配合单位 but no 牵头, the responsible units are the ones that lead.
            return new Responsibility(distinct(primary), distinct(assisting), List.of());
        }
        primary.addAll(assisting);
        return new Responsibility(distinct(lead), distinct(primary), List.of());
    }

    /** Scopes when every non-empty line is {@code scope：units}. */
    private static List<Scope> scopes(String text) {
        List<Scope> scopes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SCOPE_LINE.matcher(line.strip());
            if (!m.matches()) {
                return List.of();
            }
            scopes.add(new Scope(TextCleaner.strip(m.group(1)), UnitSplitter.split(m.group(2))));
        }
        return scopes;
    }

    private static List<String> distinct(List<String> units) {
        return List.copyOf(new LinkedHashSet<>(units));
    }
}

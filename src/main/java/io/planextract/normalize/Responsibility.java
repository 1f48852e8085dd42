package io.planextract.normalize;

import io.planextract.grammar.Brackets;
import io.planextract.grammar.DocumentNotes;
import io.planextract.grammar.LabelledParts;
import io.planextract.grammar.RoleLabels;
import io.planextract.grammar.VerbTails;
import io.planextract.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does a task, as one responsibility text says it: labelled parts ({@code 牵头单位：X；配合单位：Y}, with the
 * labels of {@link RoleLabels}, people dropped), the lead written inside it ({@code X牵头，Y具体负责}), or one unit
 * list per scope ({@code 区总体预案：区应急局}). A table cell and a prose marker's text read the same way.
 */
public record Responsibility(List<String> lead, List<String> responsible, List<Scope> scopes) {
    private static final Pattern SCOPE_LINE = Pattern.compile("([^：:]{1,40})[：:](.+)");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s、，,；;]+");

    public Responsibility {
        lead = List.copyOf(lead);
        responsible = List.copyOf(responsible);
        scopes = List.copyOf(scopes);
    }

    public static final Responsibility NONE = new Responsibility(List.of(), List.of(), List.of());

    public static Responsibility parse(String written) {
        if (written == null || written.isBlank()) {
            return NONE;
        }
        String text = unitText(written);
        LabelledParts labelled = LabelledParts.of(text);
        if (labelled != null) {
            LabelledParts.Assignment a = labelled.assign(v -> v);
            return new Responsibility(units(a.lead()), units(a.responsible()), List.of());
        }
        List<Scope> scopes = scopes(text);
        if (!scopes.isEmpty()) {
            Set<String> union = new LinkedHashSet<>();
            scopes.forEach(s -> union.addAll(s.units()));
            return new Responsibility(List.of(), List.copyOf(union), scopes);
        }
        int at = VerbTails.leadVerbAt(text);
        if (at > 0) {
            return new Responsibility(UnitSplitter.split(text.substring(0, at)),
                    UnitSplitter.split(VerbTails.afterLead(text, at)), List.of());
        }
        return new Responsibility(List.of(), UnitSplitter.split(text), List.of());
    }

    /**
     * The text the units come from: note clauses go ({@code 排名第一位的为牵头单位}, {@code 下同}), and after a full
     * stop outside brackets only sentences that start with a label or read as units stay
     * ({@code 市应急局。各县（区）政府落实属地责任，下同。} gives 市应急局).
     */
    public static String unitText(String text) {
        if (text.indexOf('。') < 0 && !DocumentNotes.mayHoldNote(text)) {
            return text;
        }
        List<String> sentences = Brackets.split(text, c -> c == '。');
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (int i = 0; i < sentences.size(); i++) {
            String s = DocumentNotes.withoutNoteClauses(sentences.get(i));
            changed |= !s.equals(sentences.get(i));
            if (i == 0 || RoleLabels.atStart(s) != null || UnitNames.looksLikeUnits(s)) {
                out.append(out.length() > 0 ? "；" : "").append(s);
            } else {
                changed = true;
            }
        }
        return changed ? out.toString() : text;
    }

    /**
     * Under a first-is-lead note ({@link DocumentNotes}): the first unit of {@code text} and the text after it as
     * written ({@code 市发改委、市财政局，下同} → 市发改委 and 市财政局，下同); null when the text names no unit or
     * states its own roles (labels, {@code X牵头}). {@code rest} is null when no other unit follows.
     */
    public static FirstLead firstLeads(String text) {
        if (text == null || LabelledParts.of(text) != null || VerbTails.leadVerbAt(text) > 0) {
            return null;
        }
        List<String> names = UnitSplitter.split(unitText(text));
        if (names.isEmpty()) {
            return null;
        }
        String first = names.get(0);
        if (names.size() < 2) {
            return new FirstLead(first, null);
        }
        int at = text.indexOf(first);
        String rest = at < 0 ? String.join("、", names.subList(1, names.size()))
                : LEADING_SEPARATORS.matcher(text.substring(at + first.length())).replaceFirst("");
        return new FirstLead(first, Brackets.strip(rest).isEmpty() ? null : Brackets.strip(rest));
    }

    /** The lead a first-is-lead note gives and the responsible text after it. */
    public record FirstLead(String lead, String rest) {
    }

    private static List<String> units(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.addAll(UnitSplitter.split(v)));
        return List.copyOf(out);
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
}

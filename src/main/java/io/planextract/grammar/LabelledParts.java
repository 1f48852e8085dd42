package io.planextract.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * A responsibility text cut at its labels ({@code 牵头单位：X；责任领导：王某；配合单位：Y；完成时限：Z}), the same
 * for a table cell and a prose marker. {@code before} is the text ahead of the first label (often empty); values
 * are the raw text up to the next label, separators included.
 */
public record LabelledParts(String before, List<Part> parts) {
    /** One labelled value. */
    public record Part(Role role, String label, String value) {
    }

    /**
     * Who and when the parts say, as value texts in order: with {@link Role#RESPONSIBLE} and {@link Role#SUPPORT}
     * parts and no {@link Role#LEAD}, the responsible ones lead (RULES §2); people go nowhere (RULES §9).
     */
    public record Assignment(List<String> lead, List<String> responsible, List<String> deadline) {
        public Assignment {
            lead = List.copyOf(lead);
            responsible = List.copyOf(responsible);
            deadline = List.copyOf(deadline);
        }
    }

    private static final int PREFIX_MAX = 4;
    private static final String SEPARATORS = "；;，,、\n \t　";

    public LabelledParts {
        parts = List.copyOf(parts);
    }

    /** The parts of {@code text}, or null when it holds no label. */
    public static LabelledParts of(String text) {
        List<RoleLabels.Label> labels = RoleLabels.find(text);
        if (labels.isEmpty()) {
            return null;
        }
        List<Part> parts = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            RoleLabels.Label l = labels.get(i);
            int end = i + 1 < labels.size() ? ownWordsStart(text, labels.get(i + 1).start()) : text.length();
            parts.add(new Part(l.role(), l.word(), text.substring(l.end(), Math.max(l.end(), end))));
        }
        String before = text.substring(0, labels.get(0).start());
        RoleLabels.Label opening = RoleLabels.atStart(text);
        if (opening != null && opening.end() == labels.get(0).end()) {
            before = ""; // the label's own words ({@code 问题整改责任单位：}), not a unit before it
        }
        return new LabelledParts(before, parts);
    }

    /**
     * Where a label's own words start: a few characters right before the role word that follow a separator
     * ({@code …水利局；项目责任人：}) belong to the label, not to the value before it.
     */
    private static int ownWordsStart(String text, int labelStart) {
        int k = labelStart;
        while (k > 0 && labelStart - k < PREFIX_MAX && Character.UnicodeScript.of(text.charAt(k - 1))
                == Character.UnicodeScript.HAN) {
            k--;
        }
        return k < labelStart && (k == 0 || SEPARATORS.indexOf(text.charAt(k - 1)) >= 0) ? k : labelStart;
    }

    /** True when nothing but spaces stands before the first label. */
    public boolean startsWithLabel() {
        return Brackets.strip(before).isEmpty();
    }

    /**
     * The assignment, with {@code clean} applied to each value (null or empty results are skipped) and the text
     * before the first label counted as a {@link Role#RESPONSIBLE} part.
     */
    public Assignment assign(java.util.function.UnaryOperator<String> clean) {
        List<String> lead = new ArrayList<>();
        List<String> primary = new ArrayList<>();
        List<String> support = new ArrayList<>();
        List<String> deadline = new ArrayList<>();
        add(primary, clean.apply(before));
        for (Part p : parts) {
            String v = clean.apply(p.value());
            switch (p.role()) {
                case LEAD -> add(lead, v);
                case RESPONSIBLE -> add(primary, v);
                case SUPPORT -> add(support, v);
                case DEADLINE -> add(deadline, v);
                case PERSON -> {
                    // A person is no unit: the value is dropped from every list.
                }
            }
        }
        if (lead.isEmpty() && !primary.isEmpty() && !support.isEmpty()) {
            return new Assignment(primary, support, deadline);
        }
        primary.addAll(support);
        return new Assignment(lead, primary, deadline);
    }

    private static void add(List<String> list, String value) {
        if (value != null && !value.isEmpty()) {
            list.add(value);
        }
    }
}

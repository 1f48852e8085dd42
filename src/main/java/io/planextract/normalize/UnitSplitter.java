package io.planextract.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the text of a unit cell into unit names (RULES §5): at {@code ，,；;}, new lines and spaces, then at
 * {@code 、}, never inside brackets; a bare generic fragment ({@code 单位}, {@code 街道}…) stays with the name
 * before it; {@code X等相关部门} gives X and the placeholder; {@code 和/及/与} split two units only between a unit
 * ending and a unit beginning; trailing verbs ({@code 负责}, {@code 落实}…) go. Order kept, duplicates dropped.
 */
public final class UnitSplitter {
    private static final String LIST_SEPARATORS = "，,；;\n \t\u3000";
    private static final Pattern GENERIC = Pattern.compile(
            "(?:单位|街道|部门|办事处|街道办事处|街道办|乡镇)(?:[（(].*[）)])?");
    /** Characters a unit name ends with: 局, 委, 办, 中心… */
    private static final String UNIT_END = "局委办室院处所站队会心厅府";
    /** Characters a unit name starts with after 和/及/与: an administrative level or 各. */
    private static final String UNIT_START = "区县市省各镇乡";
    private static final Pattern PLACEHOLDER_TAIL = Pattern.compile(
            ".*(?:部门|单位|机构|成员单位|部门单位|单位部门)|.*(?:有关|相关|各).*");
    private static final String[] TRAILING_VERBS = {"具体负责", "共同负责", "负责", "牵头", "落实", "配合", "参与",
        "协助", "协办"};

    private UnitSplitter() {
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> units = new LinkedHashSet<>();
        for (String part : Brackets.split(text, c -> LIST_SEPARATORS.indexOf(c) >= 0)) {
            for (String piece : keepGenericWithPrevious(Brackets.split(part, c -> c == '、'))) {
                for (String u : splitAtDeng(piece)) {
                    for (String v : splitAtConjunction(u)) {
                        String name = withoutTrailingVerb(v);
                        if (!name.isEmpty()) {
                            units.add(name);
                        }
                    }
                }
            }
        }
        return List.copyOf(units);
    }

    private static List<String> keepGenericWithPrevious(List<String> pieces) {
        List<String> merged = new ArrayList<>(pieces.size());
        for (String p : pieces) {
            if (!merged.isEmpty() && GENERIC.matcher(Simplified.of(withoutTrailingVerb(p))).matches()) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + "、" + p);
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    /** {@code X等相关部门} → X, 相关部门; {@code X等} → X. */
    private static List<String> splitAtDeng(String piece) {
        int at = Brackets.indexOutside(piece, "等", 1);
        if (at < 0) {
            return List.of(piece);
        }
        String left = TextCleaner.strip(piece.substring(0, at));
        String right = TextCleaner.strip(piece.substring(at + 1));
        if (right.isEmpty()) {
            return List.of(left);
        }
        if (!endsLikeUnit(left) || !PLACEHOLDER_TAIL.matcher(Simplified.of(right)).matches()) {
            return List.of(piece);
        }
        return List.of(left, right);
    }

    private static boolean endsLikeUnit(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = Simplified.of(s.charAt(s.length() - 1));
        return UNIT_END.indexOf(last) >= 0 || "）)组部队行司社团馆校位府镇道".indexOf(last) >= 0;
    }

    /** {@code …管委会和区政府各部门} splits; {@code 区文化和旅游局} does not. */
    private static List<String> splitAtConjunction(String piece) {
        for (int i = 1; i < piece.length() - 1; i++) {
            char c = Simplified.of(piece.charAt(i));
            if ((c == '和' || c == '及' || c == '与')
                    && UNIT_END.indexOf(Simplified.of(piece.charAt(i - 1))) >= 0
                    && UNIT_START.indexOf(Simplified.of(piece.charAt(i + 1))) >= 0
                    && Brackets.indexOutside(piece, String.valueOf(piece.charAt(i)), i) == i) {
                List<String> out = new ArrayList<>();
                out.add(piece.substring(0, i));
                out.addAll(splitAtConjunction(piece.substring(i + 1)));
                return out;
            }
        }
        return List.of(piece);
    }

    private static String withoutTrailingVerb(String unit) {
        String matched = Simplified.of(unit);
        for (String verb : TRAILING_VERBS) {
            if (matched.endsWith(verb) && matched.length() > verb.length()) {
                return TextCleaner.strip(unit.substring(0, unit.length() - verb.length()));
            }
        }
        return TextCleaner.strip(unit);
    }
}

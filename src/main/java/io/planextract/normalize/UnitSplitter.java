package io.planextract.normalize;

import io.planextract.grammar.Brackets;
import io.planextract.grammar.Simplified;
import io.planextract.grammar.UnitWords;
import io.planextract.grammar.VerbTails;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the text of a unit cell into unit names (RULES §5): at {@code ，,；;}, new lines and spaces, then at
 * {@code 、}, never inside brackets; a bare generic fragment ({@code 单位}, {@code 街道}…) stays with the name
 * before it; {@code X等相关部门} gives X and the placeholder; {@code 和/及/与} split two units only between a unit
 * ending and a unit beginning; trailing verbs ({@code 负责}, {@code 按职责分工负责}, {@code 落实}…) go. Order kept,
 * duplicates dropped. The words themselves are the grammar's ({@link UnitWords}, {@link VerbTails}).
 */
public final class UnitSplitter {
    private static final String LIST_SEPARATORS = "，,；;\n \t\u3000";

    private UnitSplitter() {
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> units = new LinkedHashSet<>();
        for (String part : Brackets.split(text, c -> LIST_SEPARATORS.indexOf(c) >= 0)) {
            for (String piece : keepGenericWithPrevious(keepLevelLists(Brackets.split(part, c -> c == '、')))) {
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

    /**
     * A list of administrative levels sharing one organ stays one unit (RULES §5): {@code 各县、市、区政府},
     * {@code 各乡、镇人民政府}, {@code 各縣、特區、區人民政府} — from {@code 各X} over bare level words to the level
     * that names the organ. Without that closing organ the pieces stay apart.
     */
    private static List<String> keepLevelLists(List<String> pieces) {
        List<String> out = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            int end = levelListEnd(pieces, i);
            if (end > i) {
                out.add(String.join("、", pieces.subList(i, end + 1)));
                i = end + 1;
            } else {
                out.add(pieces.get(i));
                i++;
            }
        }
        return out;
    }

    private static int levelListEnd(List<String> pieces, int from) {
        if (!UnitWords.LEVEL_LIST_HEAD.matcher(Simplified.of(pieces.get(from).strip())).matches()) {
            return -1;
        }
        for (int k = from + 1; k < pieces.size(); k++) {
            String p = Simplified.of(withoutTrailingVerb(pieces.get(k)));
            if (UnitWords.LEVEL_ORGAN.matcher(p).matches()) {
                return k;
            }
            if (!UnitWords.LEVEL.matcher(p).matches()) {
                return -1;
            }
        }
        return -1;
    }

    private static List<String> keepGenericWithPrevious(List<String> pieces) {
        List<String> merged = new ArrayList<>(pieces.size());
        for (String p : pieces) {
            if (!merged.isEmpty() && UnitWords.GENERIC.matcher(Simplified.of(withoutTrailingVerb(p))).matches()) {
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
        String left = Brackets.strip(piece.substring(0, at));
        String right = Brackets.strip(piece.substring(at + 1));
        if (right.isEmpty()) {
            return List.of(left);
        }
        if (!endsLikeUnit(left) || !UnitWords.PLACEHOLDER.matcher(Simplified.of(right)).matches()) {
            return List.of(piece);
        }
        return List.of(left, right);
    }

    private static boolean endsLikeUnit(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return UnitWords.isNameEnd(last) || last == '）' || last == ')';
    }

    /** {@code …管委会和区政府各部门} splits; {@code 区文化和旅游局} does not. */
    private static List<String> splitAtConjunction(String piece) {
        for (int i = 1; i < piece.length() - 1; i++) {
            char c = Simplified.of(piece.charAt(i));
            if ((c == '和' || c == '及' || c == '与')
                    && UnitWords.isOrganEnd(piece.charAt(i - 1))
                    && UnitWords.isStart(piece.charAt(i + 1))
                    && Brackets.indexOutside(piece, String.valueOf(piece.charAt(i)), i) == i) {
                List<String> out = new ArrayList<>();
                out.add(piece.substring(0, i));
                out.addAll(splitAtConjunction(piece.substring(i + 1)));
                return out;
            }
        }
        return List.of(piece);
    }

    /** The unit without a trailing verb, and without the full stop that ends the list ({@code 魏武国控集团。}). */
    private static String withoutTrailingVerb(String unit) {
        String u = unit.strip();
        while (!u.isEmpty() && "。.".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1).strip();
        }
        return VerbTails.strip(u);
    }
}

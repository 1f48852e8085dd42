package io.planextract.normalize;

import io.planextract.grammar.Brackets;
import io.planextract.grammar.UnitWords;
import java.util.List;

/** Whether a text reads as a list of unit names: 区财政局、区政府各部门、单位，各镇（街道）, 区司法局牵头… */
public final class UnitNames {
    private static final String OPEN = Brackets.OPEN;
    private static final String CLOSE = Brackets.CLOSE;

    private UnitNames() {
    }

    /** Every piece of the list ends like a unit name. */
    public static boolean looksLikeUnits(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.strip();
        if (t.endsWith("。") && (t.chars().anyMatch(Character::isDigit)
                || t.indexOf('、') < 0 && t.indexOf('，') < 0 && t.indexOf(',') < 0)) {
            // A sentence, not a list that ends in a full stop: 建成投用中小学3所，新增学位3800位。
            return false;
        }
        List<String> units = UnitSplitter.split(text);
        if (units.isEmpty()) {
            return false;
        }
        for (String u : units) {
            // How a unit name ends, before a bracket it may carry (各镇（街道）).
            String name = withoutTrailingBrackets(u);
            if (isVillages(name, u)) {
                continue;
            }
            if (name.length() < 2 || name.length() > 40 || !UnitWords.isNameEnd(name.charAt(name.length() - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The villages as a unit, named with the bracket that says which kinds are meant: {@code 村（社区）},
     * {@code 各村（居）}, {@code 各村(居、场)}. Without the bracket a word ending in 村 is too often a task's
     * ({@code 美丽乡村}).
     */
    private static boolean isVillages(String name, String unit) {
        return (name.equals("村") || name.equals("各村")) && name.length() < TextCleaner.strip(unit).length();
    }

    private static String withoutTrailingBrackets(String u) {
        String s = TextCleaner.strip(u);
        while (!s.isEmpty() && CLOSE.indexOf(s.charAt(s.length() - 1)) >= 0) {
            int depth = 0;
            int k = s.length() - 1;
            for (; k >= 0; k--) {
                char c = s.charAt(k);
                if (CLOSE.indexOf(c) >= 0) {
                    depth++;
                } else if (OPEN.indexOf(c) >= 0 && --depth == 0) {
                    break;
                }
            }
            if (k <= 0) {
                break;
            }
            s = TextCleaner.strip(s.substring(0, k));
        }
        return s;
    }
}

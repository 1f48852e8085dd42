package io.planextract.normalize;

import io.planextract.normalize.Simplified;
import java.util.List;

/** Whether a text reads as a list of unit names: 区财政局、区政府各部门、单位，各镇（街道）, 区司法局牵头… */
public final class UnitNames {
    /** How a unit name ends (before a bracket it may carry, e.g. 各镇（街道）). */
    private static final String UNIT_END = "局委办室院处所站队会心厅府镇乡街道门位司行社团馆校部组区县市盟联科股";
    private static final String OPEN = "（(〔【[［{｛";
    private static final String CLOSE = "）)〕】]］}｝";

    private UnitNames() {
    }

    /** Every piece of the list ends like a unit name. */
    public static boolean looksLikeUnits(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<String> units = UnitSplitter.split(text);
        if (units.isEmpty()) {
            return false;
        }
        for (String u : units) {
            String name = withoutTrailingBrackets(Simplified.of(u));
            if (name.length() < 2 || name.length() > 40 || UNIT_END.indexOf(name.charAt(name.length() - 1)) < 0) {
                return false;
            }
        }
        return true;
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

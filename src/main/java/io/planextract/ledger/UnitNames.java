package io.planextract.ledger;

import io.planextract.grammar.Simplified;
import io.planextract.grammar.UnitWords;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How unit names compare: the matching key of a name and whether a name stands for a group of units.
 *
 * <p>The key ignores what varies between two writings of one unit in real notices: spaces, punctuation
 * ({@code 区政府各部门、单位} / {@code 区政府各部门单位}), full-width forms, the conjunction {@code 和}
 * ({@code 区卫生和健康局} / {@code 区卫生健康局}), brackets that only annotate ({@code （含…，下同）}) or name a part
 * of the unit before them ({@code 区住房城乡建设局（区房地产事业服务中心）}), and the brackets themselves where
 * their text belongs to the name ({@code 各镇（街道）} / {@code 各镇、街道}), and traditional characters
 * ({@code 區財政局} / {@code 区财政局}, through {@link Simplified}).
 */
public final class UnitNames {

    /** A bracketed part after NFKC (which turns {@code （）} into {@code ()}); the other bracket kinds too. */
    private static final Pattern BRACKET = Pattern.compile("[(\\[〔【]([^()\\[\\]〔〕【】]*)[)\\]〕】]");

    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Punct}、，。；：·•“”‘’《》「」『』〈〉　]+|和");

    /** Words that make a name stand for several units: {@code 各…}, {@code 有关…}, {@code 相关…}. */
    private static final Pattern COLLECTIVE_WORD = Pattern.compile("各|有关|相关");

    private UnitNames() {
    }

    /** The key two writings of one unit share; never null, empty only for an empty name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        // Traditional and simplified writings of one unit are one unit: a notice copied from a Big5 page, or a
        // reader that met a traditional glyph, must not give a unit a second ledger.
        String s = Simplified.of(Normalizer.normalize(name, Normalizer.Form.NFKC)).strip();
        // Innermost brackets first, so nested annotations go with the bracket that holds them.
        for (Matcher m = BRACKET.matcher(s); m.find(); m = BRACKET.matcher(s)) {
            String inside = m.group(1).strip();
            char before = m.start() > 0 ? s.charAt(m.start() - 1) : ' ';
            boolean annotation = inside.startsWith("含") || inside.startsWith("包括") || inside.startsWith("包含")
                    || inside.contains("下同");
            // After an organ's or body's ending, a bracket names a part or an alias, not the unit.
            boolean partOfUnit = UnitWords.BODY_END.indexOf(before) >= 0;
            String replacement = annotation || partOfUnit ? "" : inside;
            s = s.substring(0, m.start()) + replacement + s.substring(m.end());
        }
        return IGNORED.matcher(s).replaceAll("");
    }

    /**
     * Whether a name stands for a group of units rather than one: {@code 区政府各部门、单位}, {@code 各镇、街道},
     * {@code 相关部门}, {@code 有关部门单位}, {@code 2025年度政策性文件起草单位}, {@code 部门}. Such names are kept as
     * they are in the ledgers (one collective entry), never merged by similarity, never split.
     */
    public static boolean isCollective(String name) {
        return isCollectiveKey(key(name));
    }

    /** {@link #isCollective} for a name's {@link #key}, for callers that have the key already. */
    public static boolean isCollectiveKey(String key) {
        return COLLECTIVE_WORD.matcher(key).find() || key.endsWith("单位") || key.endsWith("部门") || key.isEmpty();
    }

    /** The administrative level a name starts with ({@code 区}, {@code 县}, {@code 市}), or 0 for none. */
    static char level(String key) {
        return !key.isEmpty() && "区县市".indexOf(key.charAt(0)) >= 0 ? key.charAt(0) : 0;
    }

    /** The kind of body a name ends with, or null where it ends otherwise (such names are not compared). */
    static String bodyKind(String key) {
        if (key.endsWith("局")) {
            return "局";
        }
        if (key.endsWith("办") || key.endsWith("办公室")) {
            return "办";
        }
        if (key.endsWith("委") || key.endsWith("委员会")) {
            return "委";
        }
        if (key.endsWith("中心")) {
            return "中心";
        }
        return null;
    }
}

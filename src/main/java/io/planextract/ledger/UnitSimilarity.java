package io.planextract.ledger;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * Decides, conservatively, whether two unit keys ({@link UnitNames#key}) are an abbreviation and the full name
 * of one unit ({@code 区医保分局} / {@code 区医疗保障分局}, {@code 区市场监管局} / {@code 区市场监督管理局}).
 *
 * <p>All of these must hold: the same level ({@code 区}/{@code 县}/{@code 市}) and the same kind of body
 * ({@code 局}/{@code 办}/{@code 委}/{@code 中心}); the shorter name keeps the longer one's characters in order (an
 * abbreviation drops characters, it does not change them: this keeps {@code 区财政局} and {@code 区民政局}
 * apart); the shorter has at least {@value #MIN_LENGTH} characters and {@value #MIN_LENGTH_RATIO} of the
 * longer's length ({@code 区委办} / {@code 区委编办} and {@code 区政府办} / {@code 区政府外事办} stay apart); and their
 * Jaro-Winkler similarity is at least {@value #MIN_JARO_WINKLER}. A missed merge costs a line in the alias
 * file; a wrong one silently gives a unit another's tasks, so the bar is high.
 */
final class UnitSimilarity {

    static final double MIN_JARO_WINKLER = 0.9;
    static final double MIN_LENGTH_RATIO = 0.7;
    static final int MIN_LENGTH = 4;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();

    private UnitSimilarity() {
    }

    static boolean sameUnit(String keyA, String keyB) {
        if (keyA.equals(keyB)) {
            return true;
        }
        String shorter = keyA.length() <= keyB.length() ? keyA : keyB;
        String longer = shorter == keyA ? keyB : keyA;
        char level = UnitNames.level(shorter);
        String kind = UnitNames.bodyKind(shorter);
        if (level == 0 || level != UnitNames.level(longer) || kind == null || !kind.equals(UnitNames.bodyKind(longer))) {
            return false;
        }
        if (shorter.length() < MIN_LENGTH || shorter.length() < MIN_LENGTH_RATIO * longer.length()) {
            return false;
        }
        if (LCS.apply(shorter, longer) != shorter.length()) {
            return false;
        }
        return JARO_WINKLER.apply(shorter, longer) >= MIN_JARO_WINKLER;
    }
}

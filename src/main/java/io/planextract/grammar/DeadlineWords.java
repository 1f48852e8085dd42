package io.planextract.grammar;

import java.util.regex.Pattern;

/**
 * The words of deadlines (RULES §6), on {@link Simplified} text: standing tasks, recurring schedules, the dates a
 * deadline may name, and the deadline a marker writes after its units. Labels ({@code 完成时限}) are in
 * {@link RoleLabels}.
 */
public final class DeadlineWords {
    /** A standing task: 长期, 持续, 常态. */
    public static final Pattern ONGOING = Pattern.compile("长期|持续|常态");
    /** A schedule over periods: 每季度, 每半年. */
    public static final Pattern RECURRING = Pattern.compile("每[年季月周旬天日]|每半年");
    /** A day: groups year (optional), month, day. */
    public static final Pattern DAY = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    /**
     * A month without a day, as a deadline: its end ({@code 6月底}, {@code 6月末}) or a date before it
     * ({@code 6月前}, {@code 6月份前}); groups year (optional), month. A month alone ({@code 2025年6月},
     * {@code 1月份}, {@code 9月投入使用}) says when, not by when (RULES §6: other).
     */
    public static final Pattern MONTH = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月(?:份)?\\s*(?=底|末|前|之前|以前|中旬|上旬|下旬)");
    /** The end of a year: group year (optional). */
    public static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})\\s*年?\\s*)?(?:年底|年末|年内|12月底)");
    /** A half year: groups year (optional), 上/下. */
    public static final Pattern HALF = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(上|下)半年");
    /** A quarter: groups year (optional), the quarter as 一二三四 or 1-4. */
    public static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?第?([一二三四1-4])季度");
    /** All year. */
    public static final String ALL_YEAR = "全年";
    /** A deadline written after the units inside a marker: 2025年12月底前完成, 长期坚持, 6月30日前. */
    public static final Pattern TAIL = Pattern.compile(
            "(?:(?:\\d{4}年)?(?:\\d{1,2}月(?:底|末|中旬|上旬|下旬|\\d{1,2}日)?|年底|年末|年内|上半年|下半年"
                    + "|第?[一二三四1-4]季度)(?:前|之前|内)?(?:完成)?|长期坚持|长期|持续推进|持续开展|常态化推进|全年)");

    private DeadlineWords() {
    }
}

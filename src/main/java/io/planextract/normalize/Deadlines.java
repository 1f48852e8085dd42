package io.planextract.normalize;

import io.planextract.grammar.DeadlineWords;
import io.planextract.grammar.Simplified;
import io.planextract.model.Deadline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline cell (RULES §6). {@code ongoing} for standing tasks, {@code by} with the last day it allows,
 * {@code year} for "all year", {@code other} for what has no single date. Where a cell names several dates the
 * last one is the deadline: "6月底前启动，12月底前完成" is done by the end of December. The words are the grammar's
 * ({@link DeadlineWords}).
 */
public final class Deadlines {
    private static final Pattern ONGOING = DeadlineWords.ONGOING;
    private static final Pattern DAY = DeadlineWords.DAY;
    private static final Pattern MONTH = DeadlineWords.MONTH;
    private static final Pattern YEAR_END = DeadlineWords.YEAR_END;
    private static final Pattern HALF = DeadlineWords.HALF;
    private static final Pattern QUARTER = DeadlineWords.QUARTER;
    private static final Pattern RECURRING = DeadlineWords.RECURRING;

    private Deadlines() {
    }

    public static Deadline parse(String written, Integer planYear) {
        if (written == null || written.isBlank()) {
            return null;
        }
        Deadline d = parseSimplified(Simplified.of(written), planYear);
        return new Deadline(written, d.kind(), d.date());
    }

    private static Deadline parseSimplified(String text, Integer planYear) {
        if (ONGOING.matcher(text).find()) {
            return new Deadline(text, "ongoing", null);
        }
        if (RECURRING.matcher(text).find()) {
            return new Deadline(text, "other", null);
        }
        LocalDate last = lastDate(text, planYear);
        if (last != null || mentionsDate(text)) {
            return new Deadline(text, "by", last == null ? null : last.toString());
        }
        if (text.contains(DeadlineWords.ALL_YEAR)) {
            return new Deadline(text, "year", planYear == null ? null : planYear + "-12-31");
        }
        return new Deadline(text, "other", null);
    }

    private static boolean mentionsDate(String text) {
        return DAY.matcher(text).find() || MONTH.matcher(text).find() || YEAR_END.matcher(text).find()
                || HALF.matcher(text).find() || QUARTER.matcher(text).find();
    }

    /** The latest date the text names, with the plan year where it names none; null without a year to use. */
    private static LocalDate lastDate(String text, Integer planYear) {
        LocalDate last = null;
        Matcher m = DAY.matcher(text);
        while (m.find()) {
            last = later(last, day(year(m.group(1), planYear), m.group(2), m.group(3)));
        }
        m = MONTH.matcher(text);
        while (m.find()) {
            last = later(last, monthEnd(year(m.group(1), planYear), Integer.parseInt(m.group(2))));
        }
        m = YEAR_END.matcher(text);
        while (m.find()) {
            last = later(last, monthEnd(year(m.group(1), planYear), 12));
        }
        m = HALF.matcher(text);
        while (m.find()) {
            last = later(last, monthEnd(year(m.group(1), planYear), m.group(2).equals("上") ? 6 : 12));
        }
        m = QUARTER.matcher(text);
        while (m.find()) {
            int q = "一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1
                    : Integer.parseInt(m.group(2));
            last = later(last, monthEnd(year(m.group(1), planYear), q * 3));
        }
        return last;
    }

    private static Integer year(String explicit, Integer planYear) {
        return explicit != null ? Integer.valueOf(explicit) : planYear;
    }

    private static LocalDate monthEnd(Integer year, int month) {
        if (year == null || month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private static LocalDate day(Integer year, String month, String day) {
        if (year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}

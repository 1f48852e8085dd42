package io.planextract.read.text;

import io.planextract.normalize.TextCleaner;
import io.planextract.normalize.UnitNames;
import io.planextract.read.text.RoleLabels.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places the cells of a row that has fewer cells than the table — a row under a merged cell, as a web page copied
 * to text gives it — in the columns their contents belong to: a sequence number under {@code 序号}, a list of
 * units under the lead or responsible column, {@code 12月底前} or {@code 长期坚持} under the deadline, a numbered or
 * long text under the requirement. Cells keep their order; where two placements fit equally, cells go right, since
 * merges are usually on the left (the section, the task, a shared lead).
 */
final class CellPlacer {
    /** What a cell holds, as far as placing it goes. */
    enum Kind { BLANK, SEQ, DEADLINE, UNITS, LONG_TEXT, SHORT_TEXT }

    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");
    private static final Pattern DEADLINE = Pattern.compile(
            ".*(月底|年底|年末|月前|日前|前完成|长期|持续|常态|全年|季度|上半年|下半年|每[年季月周旬]|月中旬|月上旬|月下旬"
                    + "|\\d{1,2}月(?:份)?$|^\\d{4}年\\d{1,2}月).*");
    /** A short text that opens with a month: {@code 9月投入使用}, {@code 2025年6月完成}. */
    private static final Pattern DATED = Pattern.compile("^(?:\\d{4}年)?\\d{1,2}月.{0,8}$");
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}[.．、]|[（(]\\d{1,2}[）)]|[①-⑳]).*");
    private static final int SHORT = 30;

    private CellPlacer() {
    }

    static Kind kind(List<String> paragraphs) {
        String text = TextCleaner.strip(String.join("", paragraphs));
        if (text.isEmpty()) {
            return Kind.BLANK;
        }
        if (SEQ.matcher(text).matches()) {
            return Kind.SEQ;
        }
        if (text.length() <= SHORT && !text.contains("。") && !clauses(text)
                && (DEADLINE.matcher(text).matches() || DATED.matcher(text).matches())) {
            return Kind.DEADLINE;
        }
        if (text.length() <= 200 && UnitNames.looksLikeUnits(String.join("\n", paragraphs))) {
            return Kind.UNITS;
        }
        if (text.length() > SHORT || text.contains("。") || NUMBERED.matcher(text).matches()) {
            return Kind.LONG_TEXT;
        }
        return Kind.SHORT_TEXT;
    }

    /**
     * A sentence of several clauses that mentions time ({@code 收入增长与经济增长基本同步,收入比持续缩小}) is a task, not a
     * deadline; a deadline of two clauses starts with its date ({@code 6月底前启动,12月底前完成}).
     */
    private static boolean clauses(String text) {
        return text.length() > 12 && (text.indexOf('，') >= 0 || text.indexOf(',') >= 0)
                && !Character.isDigit(text.charAt(0)) && !text.startsWith("长期") && !text.startsWith("持续")
                && !text.startsWith("全年");
    }

    /** How well a cell of {@code kind} fits a column of {@code role} (null: a column of no known role). */
    static int score(Kind kind, Role role) {
        if (kind == Kind.BLANK || role == null) {
            return 0;
        }
        return switch (kind) {
            case SEQ -> role == Role.SEQ ? 5 : -3;
            case DEADLINE -> switch (role) {
                case DEADLINE -> 5;
                case REQUIREMENT -> 0;
                case SEQ -> -5;
                default -> -2;
            };
            case UNITS -> switch (role) {
                case LEAD, RESPONSIBLE -> 4;
                case REQUIREMENT, EXTRA -> 0;
                case SEQ -> -5;
                default -> -2;
            };
            case LONG_TEXT -> switch (role) {
                case REQUIREMENT -> 4;
                case TASK -> 2;
                case SECTION, EXTRA -> 1;
                case SEQ -> -5;
                default -> -3;
            };
            case SHORT_TEXT -> switch (role) {
                case REQUIREMENT, TASK -> 3;
                case SECTION -> 2;
                case EXTRA -> 1;
                case SEQ -> -5;
                default -> -2;
            };
            default -> 0;
        };
    }

    /** The best fit a cell of {@code kind} can have: what a placement is measured against. */
    static int best(Kind kind) {
        return switch (kind) {
            case SEQ, DEADLINE -> 5;
            case UNITS, LONG_TEXT -> 4;
            case SHORT_TEXT -> 3;
            case BLANK -> 0;
        };
    }

    /**
     * The column of each cell: strictly increasing, best total fit, ties to the right.
     *
     * @param kinds the cells' kinds, left to right; at most {@code roles.size()} of them
     */
    static int[] place(List<Kind> kinds, List<Role> roles) {
        int k = kinds.size();
        int w = roles.size();
        long[][] best = new long[k + 1][w + 1];
        long none = Long.MIN_VALUE / 4;
        for (int i = 1; i <= k; i++) {
            best[i][0] = none;
        }
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= w; j++) {
                long skip = best[i][j - 1];
                long take = best[i - 1][j - 1] == none ? none
                        : best[i - 1][j - 1] + score(kinds.get(i - 1), roles.get(j - 1));
                best[i][j] = Math.max(skip, take);
            }
        }
        int[] columns = new int[k];
        int i = k;
        int j = w;
        while (i > 0) {
            long take = best[i - 1][j - 1] == none ? none
                    : best[i - 1][j - 1] + score(kinds.get(i - 1), roles.get(j - 1));
            if (take == best[i][j]) {
                columns[i - 1] = j - 1;
                i--;
            }
            j--;
        }
        return columns;
    }

    /** The kinds of a row's cells. */
    static List<Kind> kinds(List<List<String>> cells) {
        List<Kind> kinds = new ArrayList<>(cells.size());
        for (List<String> c : cells) {
            kinds.add(kind(c));
        }
        return kinds;
    }
}

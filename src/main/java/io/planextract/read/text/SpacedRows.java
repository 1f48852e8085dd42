package io.planextract.read.text;

import io.planextract.normalize.TextCleaner;
import io.planextract.normalize.UnitSplitter;
import io.planextract.read.text.RoleLabels.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row a line with cells separated by spaces ({@code 1 地区生产总值增长7%以上。 发改委}), under a header line of
 * labels, which may be printed with spaces between its characters ({@code 序 号  主 要 工 作 任 务  责 任 单 位}).
 * Section titles ({@code 一、…}) stand between rows. A row's words go to the columns they fit ({@link CellAssigner});
 * rows follow the sequence numbers where they have them. The table ends at the first line that is no row.
 */
final class SpacedRows implements Dialect {
    private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}|\\t|　");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");
    private static final int MAX_HEADER = 200;
    private static final int MAX_LABEL = 8;
    private static final int MAX_SKIP = 9;

    @Override
    public List<Candidate> read(String[] lines, int start) {
        String line = lines[start].strip();
        if (line.length() > MAX_HEADER || line.indexOf(' ') < 0 && line.indexOf('　') < 0) {
            return List.of();
        }
        List<String> header = header(line);
        if (header == null) {
            return List.of();
        }
        List<Role> roles = new ArrayList<>();
        for (String h : header) {
            roles.add(RoleLabels.of(h));
        }
        if (!(roles.contains(Role.TASK) || roles.contains(Role.REQUIREMENT))) {
            return List.of();
        }
        List<RawRow> rows = new ArrayList<>();
        rows.add(new RawRow(header.stream().map(List::of).toList(), start + 1));
        int first = next(lines, start + 1);
        boolean numbered = false;
        for (int k = first; k >= 0 && k < first + 4; k = next(lines, k + 1)) {
            if (!TableBuilder.SECTION_TITLE.matcher(TextCleaner.strip(lines[k])).matches()) {
                numbered = SEQ.matcher(words(lines[k])[0]).matches();
                break;
            }
        }
        if (numbered && !roles.contains(Role.SEQ)) {
            roles.add(0, Role.SEQ); // numbers the header left unlabelled
        }
        int end = start + 1;
        int expected = -1;
        CellAssigner.Row open = null;
        for (int k = first; k >= 0; k = next(lines, k + 1)) {
            String text = lines[k].strip();
            if (TableBuilder.SECTION_TITLE.matcher(TextCleaner.strip(text)).matches()) {
                flush(open, rows);
                open = null;
                rows.add(new RawRow(List.of(List.of(text)), k + 1));
                end = k + 1;
                continue;
            }
            String[] words = words(text);
            boolean opensWithNumber = SEQ.matcher(words[0]).matches()
                    && (expected < 0 || follows(Integer.parseInt(words[0]), expected));
            if (numbered && !opensWithNumber && open != null && continues(words)) {
                // A cell the page wrapped onto lines of its own (区财政局 / 区税务局 / 区政府有关部门…): same row. One
                // unit under one unit is the same cell printed a unit a line; a list moves on to the next cell.
                if (words.length == 1 && open.column >= 0 && open.lastKind == CellPlacer.Kind.UNITS
                        && isSingleUnit(words[0]) && isSingleUnit(last(open))) {
                    open.put(open.column, words[0], CellPlacer.Kind.UNITS, k + 1);
                } else {
                    place(words, 0, roles, open, k + 1);
                }
                end = k + 1;
                continue;
            }
            if (words.length < 2 || (numbered && !opensWithNumber)) {
                break;
            }
            if (opensWithNumber) {
                expected = Integer.parseInt(words[0]) + 1;
            }
            flush(open, rows);
            open = new CellAssigner.Row(roles.size(), k + 1);
            place(words, 0, roles, open, k + 1);
            end = k + 1;
        }
        flush(open, rows);
        return List.of(new Candidate("spaced-rows", rows, end));
    }

    private static String last(CellAssigner.Row row) {
        List<String> cell = row.cells.get(row.column);
        return cell.isEmpty() ? "" : cell.get(cell.size() - 1);
    }

    /** One unit name, no list: {@code 区税务局}, not {@code 区政府有关部门,各乡镇人民政府}. */
    private static boolean isSingleUnit(String text) {
        return UnitSplitter.split(text).size() == 1 && CellPlacer.kind(List.of(text)) == CellPlacer.Kind.UNITS;
    }

    /**
     * The next row's number: the one expected, or a little past it where the page shows an excerpt of a longer
     * list (81, 85, 87 — the rows of one office picked from the whole plan).
     */
    private static boolean follows(int number, int expected) {
        return number >= expected && number <= expected + MAX_SKIP;
    }

    private static void flush(CellAssigner.Row row, List<RawRow> rows) {
        if (row != null) {
            rows.add(row.raw());
        }
    }

    /**
     * A line that opens with unit names or a deadline: the rest of the row above, wrapped onto a line of its own
     * (区财政局 / 区税务局 / 区政府有关部门 达到时序进度 …), not a row or body text of its own.
     */
    private static boolean continues(String[] words) {
        CellPlacer.Kind kind = CellPlacer.kind(List.of(words[0]));
        return kind == CellPlacer.Kind.UNITS || kind == CellPlacer.Kind.DEADLINE;
    }

    private static void place(String[] words, int from, List<Role> roles, CellAssigner.Row row, int line) {
        if (row.isEmpty()) {
            // A row's own line: its words placed all at once, by the best total fit.
            List<CellPlacer.Kind> kinds = new ArrayList<>();
            for (int w = from; w < words.length; w++) {
                CellPlacer.Kind kind = CellPlacer.kind(List.of(words[w]));
                kinds.add(w > 0 && kind == CellPlacer.Kind.SEQ ? CellPlacer.Kind.SHORT_TEXT : kind);
            }
            int[] columns = CellAssigner.columns(kinds, roles);
            if (columns != null) {
                for (int w = from; w < words.length; w++) {
                    row.put(columns[w - from], words[w], kinds.get(w - from), line);
                }
                return;
            }
        }
        for (int w = from; w < words.length; w++) {
            CellPlacer.Kind kind = CellPlacer.kind(List.of(words[w]));
            if (w > 0 && kind == CellPlacer.Kind.SEQ) {
                kind = CellPlacer.Kind.SHORT_TEXT;
            }
            int c = CellAssigner.column(kind, roles, row);
            if (c < 0) {
                c = Math.max(row.column, 0); // nothing further right takes it: it runs on in its cell
            }
            row.put(c, words[w], kind, line);
        }
    }

    private static String[] words(String line) {
        return SPACE.split(line.strip());
    }

    /**
     * The header's labels, or null where the line is not one: cells between wide gaps (or between single spaces
     * where no wider gap is), letter-spaced runs of single characters joined and cut into labels.
     */
    static List<String> header(String line) {
        String[] groups = WIDE_GAP.split(line.strip());
        List<String> pieces = new ArrayList<>();
        for (String g : groups.length > 1 ? groups : new String[] {line.strip()}) {
            String[] words = SPACE.split(g.strip());
            StringBuilder spaced = new StringBuilder();
            for (String w : words) {
                if (w.length() == 1) {
                    spaced.append(w);
                    continue;
                }
                if (!addLabels(spaced, pieces)) {
                    return null;
                }
                pieces.add(w);
            }
            if (!addLabels(spaced, pieces)) {
                return null;
            }
        }
        joinSplitLabels(pieces);
        int labels = 0;
        for (String p : pieces) {
            if (!RoleLabels.isBareLabel(p)) {
                return null;
            }
            labels++;
        }
        return labels >= 2 ? pieces : null;
    }

    /**
     * A two-line header cell printed on one line: its qualifier and head noun as two words ({@code 牵头 领导},
     * {@code 主体 责任单位}) are one label.
     */
    private static void joinSplitLabels(List<String> pieces) {
        for (int p = 0; p + 1 < pieces.size(); p++) {
            if (RoleLabels.isSplitLabel(pieces.get(p), pieces.get(p + 1))) {
                pieces.set(p, pieces.get(p) + pieces.get(p + 1));
                pieces.remove(p + 1);
            }
        }
    }

    /** Cuts a letter-spaced run into labels, the fewest that cover it; false where it cannot be cut so. */
    private static boolean addLabels(StringBuilder run, List<String> out) {
        String s = run.toString();
        run.setLength(0);
        if (s.isEmpty()) {
            return true;
        }
        int n = s.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = Math.max(0, j - MAX_LABEL); i < j; i++) {
                if (best[i] != Integer.MAX_VALUE && best[i] + 1 < best[j] && j - i >= 2
                        && RoleLabels.isBareLabel(s.substring(i, j)) && endsLabel(s.substring(i, j))) {
                    best[j] = best[i] + 1;
                    from[j] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return false;
        }
        List<String> cut = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            cut.add(0, s.substring(from[j], j));
        }
        out.addAll(cut);
        return true;
    }

    /** A label ends on its head noun: {@code 主要工作任务} does, {@code 主要工作} of {@code 主要工作任务责任单位} does not. */
    private static boolean endsLabel(String label) {
        return "号务求位门室限间施容标点项目体".indexOf(label.charAt(label.length() - 1)) >= 0;
    }

    private static int next(String[] lines, int from) {
        for (int k = from; k < lines.length && k < from + 3; k++) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return -1;
    }
}

package io.planextract.read.text;

import io.planextract.normalize.TextCleaner;
import io.planextract.read.text.RoleLabels.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table copied as one paragraph per cell with no separator at all, empty lines between paragraphs: it starts at a
 * run of bare header labels (a label broken over two short paragraphs, {@code 责任} / {@code 单位}, is one), and its
 * cells are told apart by what they hold ({@link CellAssigner}). A row starts at the next sequence number where the
 * table has them; there, a paragraph that fits no column ends the table. Without numbers, rows wrap where the
 * content does, and a last row of a single paragraph is left to the body.
 */
final class ParagraphCells implements Dialect {
    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");
    private static final int MIN_LABELS = 3;
    private static final int MAX_BLANKS = 2;
    /** A short heading in the notice's own words: a few characters, no punctuation, no digits. */
    private static final Pattern OWN_TITLE = Pattern.compile("[\\p{IsHan}]{2,8}");

    @Override
    public List<Candidate> read(String[] lines, int start) {
        if (!RoleLabels.isBareLabel(lines[start]) && !isFragment(lines[start])) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        List<Integer> labelLines = new ArrayList<>();
        int i = start;
        while (true) {
            int k = next(lines, i);
            if (k < 0) {
                break;
            }
            String a = lines[k].strip();
            int b = next(lines, k + 1);
            if (isFragment(a) && b >= 0 && joins(a, lines[b].strip())) {
                labels.add(a + lines[b].strip());
                labelLines.add(k + 1);
                i = b + 1;
            } else if (RoleLabels.isBareLabel(a) && !a.contains(" ")) {
                labels.add(a);
                labelLines.add(k + 1);
                i = k + 1;
            } else if (!labels.isEmpty() && OWN_TITLE.matcher(a).matches() && b >= 0
                    && RoleLabels.isBareLabel(lines[b].strip())) {
                labels.add(a); // a task column named in the notice's own words (民生实事), labels on both sides
                labelLines.add(k + 1);
                i = k + 1;
            } else {
                break;
            }
        }
        for (int l = 1; l < labels.size(); l++) {
            if (RoleLabels.of(labels.get(l)) == Role.SEQ) {
                // 序号 opens a header: the words before it are a title (重点工作计划), read from 序号 on instead.
                return List.of();
            }
        }
        fitToFirstRow(labels, labelLines, lines, i);
        List<Role> roles = new ArrayList<>();
        for (String l : labels) {
            roles.add(RoleLabels.of(l));
        }
        taskByPlace(roles);
        if (labels.size() < MIN_LABELS || roles.contains(null)
                || !(roles.contains(Role.TASK) || roles.contains(Role.REQUIREMENT))) {
            return List.of();
        }
        List<RawRow> rows = new ArrayList<>();
        rows.add(new RawRow(labels.stream().map(List::of).toList(), labelLines.get(0), labelLines));
        int first = next(lines, i);
        while (first >= 0 && TableBuilder.SECTION_TITLE.matcher(TextCleaner.strip(lines[first])).matches()) {
            first = next(lines, first + 1); // section rows may come before the first numbered one
        }
        if (!roles.contains(Role.SEQ) && first >= 0 && SEQ.matcher(TextCleaner.strip(lines[first])).matches()) {
            roles.add(0, Role.SEQ); // numbers the header left unlabelled
        }
        int end = readRows(lines, i, roles, rows);
        return List.of(new Candidate("paragraph-per-cell", rows, end));
    }

    /**
     * Header words wrapped over two paragraphs where the cell was narrow ({@code 攻坚目标} / {@code 任务},
     * {@code 第二季度} / {@code 完成情况}): where the header has more words than the first numbered row has cells, the
     * pairs that make one label are joined — first a word that is no label followed by a label, then a label followed
     * by a short head word ({@code 任务}, {@code 情况}) — until the widths agree or no pair is left.
     */
    private static void fitToFirstRow(List<String> labels, List<Integer> labelLines, String[] lines, int from) {
        int width = firstRowWidth(lines, from);
        boolean seqLabel = labels.stream().anyMatch(l -> RoleLabels.of(l) == Role.SEQ);
        int target = width - (seqLabel ? 0 : 1);
        while (width > 0 && labels.size() > target) {
            int pair = joinablePair(labels, true);
            if (pair < 0) {
                pair = joinablePair(labels, false);
            }
            if (pair < 0) {
                return;
            }
            labels.set(pair, labels.get(pair) + labels.get(pair + 1));
            labels.remove(pair + 1);
            labelLines.remove(pair + 1);
        }
    }

    private static int joinablePair(List<String> labels, boolean firstNoLabel) {
        for (int p = 0; p + 1 < labels.size(); p++) {
            String a = labels.get(p);
            String b = labels.get(p + 1);
            boolean fits = RoleLabels.isLabel(a + b) && RoleLabels.of(a) != Role.SEQ;
            if (fits && (firstNoLabel ? !RoleLabels.isLabel(a) : b.length() <= 2)) {
                return p;
            }
        }
        return -1;
    }

    /** The cells of the first numbered row: the paragraphs from its number to the next one, or 0. */
    private static int firstRowWidth(String[] lines, int from) {
        int k = next(lines, from);
        int start = -1;
        int count = 0;
        while (k >= 0) {
            String t = TextCleaner.strip(lines[k]);
            if (SEQ.matcher(t).matches()) {
                if (start >= 0) {
                    return count;
                }
                start = k;
            }
            count += start >= 0 ? 1 : 0;
            k = next(lines, k + 1);
        }
        return 0;
    }

    /**
     * Without a task or requirement label, the first unlabelled column left of the unit columns is the task column,
     * as {@code HeaderDetector} reads a table's header.
     */
    private static void taskByPlace(List<Role> roles) {
        if (roles.contains(Role.TASK) || roles.contains(Role.REQUIREMENT)) {
            return;
        }
        for (int c = 0; c < roles.size(); c++) {
            Role r = roles.get(c);
            if (r == Role.LEAD || r == Role.RESPONSIBLE) {
                return;
            }
            if (r == null) {
                roles.set(c, Role.TASK);
                return;
            }
        }
    }

    private static int readRows(String[] lines, int from, List<Role> roles, List<RawRow> rows) {
        boolean numbered = roles.contains(Role.SEQ);
        int seqColumn = roles.indexOf(Role.SEQ);
        int expected = -1;
        CellAssigner.Row row = null;
        int rowEnd = from;
        int end = from;
        int k = next(lines, from);
        while (k >= 0) {
            String text = lines[k].strip();
            String plain = TextCleaner.strip(text);
            if (TableBuilder.SECTION_TITLE.matcher(plain).matches()) {
                end = flush(row, rows, end, rowEnd, numbered);
                row = null;
                rows.add(new RawRow(List.of(List.of(text)), k + 1));
                end = k + 1;
                k = next(lines, k + 1);
                continue;
            }
            CellPlacer.Kind kind = CellPlacer.kind(List.of(text));
            if (numbered && kind == CellPlacer.Kind.SEQ && (expected < 0 || Integer.parseInt(plain) == expected)) {
                end = flush(row, rows, end, rowEnd, numbered);
                row = new CellAssigner.Row(roles.size(), k + 1);
                row.put(seqColumn, text, kind, k + 1);
                expected = Integer.parseInt(plain) + 1;
                rowEnd = k + 1;
                List<Integer> cells = seqColumn == 0 ? untilNumber(lines, k + 1, expected) : List.of();
                if (cells.size() == roles.size() - 1) {
                    // A full row, one paragraph a column: the paragraphs go in order, whatever they hold.
                    for (int c = 0; c < cells.size(); c++) {
                        String cell = lines[cells.get(c)].strip();
                        row.put(c + 1, cell, CellPlacer.kind(List.of(cell)), cells.get(c) + 1);
                    }
                    rowEnd = cells.get(cells.size() - 1) + 1;
                    k = next(lines, rowEnd);
                    continue;
                }
                k = next(lines, k + 1);
                continue;
            }
            if (kind == CellPlacer.Kind.SEQ) {
                kind = CellPlacer.Kind.SHORT_TEXT; // a number out of turn is text
            }
            int c = row == null ? -1 : CellAssigner.column(kind, roles, row);
            if (c < 0 && numbered && row != null && subRow(lines, k, kind)) {
                // A task under the row's merged number: a new row without one, as the merged cells leave it.
                end = flush(row, rows, end, rowEnd, numbered);
                row = new CellAssigner.Row(roles.size(), k + 1);
                c = CellAssigner.column(kind, roles, row);
            }
            if (c < 0) {
                if (numbered || RoleLabels.isBareLabel(text) || (row != null && row.filled < 2)) {
                    break; // no next number, nor a column to take it, or a lone paragraph: the table has ended
                }
                end = flush(row, rows, end, rowEnd, numbered);
                row = new CellAssigner.Row(roles.size(), k + 1);
                c = CellAssigner.column(kind, roles, row);
                if (c < 0) {
                    break;
                }
            }
            row.put(c, text, kind, k + 1);
            rowEnd = k + 1;
            k = next(lines, k + 1);
        }
        return flush(row, rows, end, rowEnd, numbered);
    }

    /**
     * The paragraphs from {@code from} up to the paragraph holding {@code number} (the next row's), or up to the end
     * of the text or a gap (the last row: the caller takes it as whole only where it fills the header exactly), or
     * none where a section title comes first.
     */
    private static List<Integer> untilNumber(String[] lines, int from, int number) {
        List<Integer> out = new ArrayList<>();
        for (int k = next(lines, from); k >= 0; k = next(lines, k + 1)) {
            String t = TextCleaner.strip(lines[k]);
            if (t.equals(String.valueOf(number))) {
                return out;
            }
            if (TableBuilder.SECTION_TITLE.matcher(t).matches() || out.size() > 40) {
                return List.of();
            }
            out.add(k);
        }
        return out;
    }

    /**
     * A text paragraph that fits no column of a full numbered row, followed by a deadline or units: a row of its own
     * under merged cells ({@code 5 | 开工建设县老年养护楼 | 县民政局 | 5月底前动工} then {@code 开工建设老年大学 | 12月底前}).
     */
    private static boolean subRow(String[] lines, int k, CellPlacer.Kind kind) {
        if (kind != CellPlacer.Kind.LONG_TEXT && kind != CellPlacer.Kind.SHORT_TEXT || RoleLabels.isBareLabel(lines[k])) {
            return false;
        }
        int n = next(lines, k + 1);
        if (n < 0) {
            return false;
        }
        CellPlacer.Kind after = CellPlacer.kind(List.of(lines[n].strip()));
        return after == CellPlacer.Kind.DEADLINE || after == CellPlacer.Kind.UNITS;
    }

    /** Adds the row and returns the line after it; a lone paragraph closing an unnumbered table is left to the body. */
    private static int flush(CellAssigner.Row row, List<RawRow> rows, int end, int rowEnd, boolean numbered) {
        if (row == null || row.isEmpty() || (!numbered && row.filled < 2)) {
            return end;
        }
        rows.add(row.raw());
        return rowEnd;
    }

    /** The next non-empty line from {@code from}, or -1 at the end or after more than a couple of empty lines. */
    private static int next(String[] lines, int from) {
        int blanks = 0;
        for (int k = from; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return k;
            }
            if (++blanks > MAX_BLANKS) {
                return -1;
            }
        }
        return -1;
    }

    /** A short piece of a label: {@code 责任}, {@code 完成}. */
    private static boolean isFragment(String text) {
        String s = text.strip();
        return s.length() <= 2 && !s.isEmpty() && RoleLabels.of(s) != Role.SEQ;
    }

    private static boolean joins(String a, String b) {
        return isFragment(b) && RoleLabels.isLabel(a + b);
    }
}

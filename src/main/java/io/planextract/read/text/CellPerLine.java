package io.planextract.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell a line (or a few), each followed by a line {@code |}: a bar right after a bar is an empty cell. Where empty
 * lines stand between some cells they may end rows, which is one reading; the stream cut by the header's width and
 * the sequence numbers ({@link CellStream}) gives the others.
 */
final class CellPerLine implements Dialect {
    @Override
    public List<Candidate> read(String[] lines, int start) {
        if (!starts(lines, start)) {
            return List.of();
        }
        List<RawRow> cells = new ArrayList<>();
        List<Integer> rowBreaks = new ArrayList<>();
        int end = readCells(lines, start, cells, rowBreaks);
        if (titleAbove(cells)) {
            return List.of(); // the first "|" opens the table with an empty cell; the line above is its title
        }
        List<Candidate> out = new ArrayList<>();
        if (!rowBreaks.isEmpty()) {
            rowBreaks.add(cells.size());
            List<RawRow> rows = new ArrayList<>();
            int from = 0;
            for (int b : rowBreaks) {
                rows.add(RawRow.merge(cells.subList(from, b)));
                from = b;
            }
            out.add(new Candidate("cell-per-line/空行断行", rows, end));
        }
        for (CellStream.Cut cut : CellStream.cuts(cells)) {
            out.add(new Candidate(cut.name(), cut.rows(), end));
        }
        return out;
    }

    /** A first cell that is no label, followed by a run of labels and empty cells: a title, then the header. */
    private static boolean titleAbove(List<RawRow> cells) {
        String first = String.join("", cells.get(0).cells().get(0)).strip();
        if (first.isEmpty() || RoleLabels.isBareLabel(first)) {
            return false;
        }
        int labels = 0;
        for (int k = 1; k < cells.size(); k++) {
            String t = String.join("", cells.get(k).cells().get(0)).strip();
            if (!t.isEmpty() && !RoleLabels.isLabel(t)) {
                break;
            }
            labels += t.isEmpty() ? 0 : 1;
        }
        return labels >= 2;
    }

    private static boolean isBar(String line) {
        String s = PipeRows.bars(line).strip();
        return s.equals("|") || s.equals("||");
    }

    /**
     * A cell and its bar on one line, as some pages copy a table: {@code 重点工作 |}. One bar only, at the end (a line
     * with bars inside is a pipe row).
     */
    private static boolean closesItself(String line) {
        String s = PipeRows.bars(line).strip();
        return s.length() > 1 && s.charAt(s.length() - 1) == '|' && s.indexOf('|') == s.length() - 1;
    }

    private static String withoutBar(String line) {
        String s = PipeRows.bars(line).strip();
        return s.substring(0, s.length() - 1).strip();
    }

    /**
     * A line followed by a line {@code |}, and another cell ended by {@code |} after it; or a table that opens with
     * an empty cell (a bar right after the title), then such a cell. The first filled cell is one line (the line
     * above is the table's title or body text); later cells may run over several lines.
     */
    static boolean starts(String[] lines, int i) {
        if (closesItself(lines[i]) && i + 1 < lines.length
                && (closesItself(lines[i + 1]) || isBar(lines[i + 1]))
                && i + 2 < lines.length && (closesItself(lines[i + 2]) || isBar(lines[i + 2]))) {
            return true; // cells that end in their own bar: "序号 |", "重点工作 |"
        }
        int k = i;
        while (k < lines.length && isBar(lines[k]) && k - i < 3) {
            k++; // leading empty cells
        }
        if (k >= lines.length || lines[k].isBlank() || isBar(lines[k]) || k + 1 >= lines.length
                || !isBar(lines[k + 1])) {
            return false;
        }
        return cellEnd(lines, nextContent(lines, k + 2)) > 0
                || (k + 2 < lines.length && isBar(lines[k + 2]));
    }

    /** The line {@code |} that ends the cell starting at {@code from}, or -1 when an empty line or the end comes first. */
    private static int cellEnd(String[] lines, int from) {
        if (from < 0) {
            return -1;
        }
        for (int k = from; k < lines.length; k++) {
            if (isBar(lines[k])) {
                return k > from ? k : -1;
            }
            if (lines[k].isBlank() || PipeRows.isPipeRow(lines[k])) {
                return -1;
            }
        }
        return -1;
    }

    private static int nextContent(String[] lines, int from) {
        int k = from;
        while (k < lines.length && lines[k].isBlank()) {
            k++;
        }
        return k < lines.length ? k : -1;
    }

    /**
     * Reads cells up to the last one of the run: a line {@code |} right after another, or after one empty line,
     * closes an empty cell. Records where empty lines stand between cells. Returns the line after the last bar.
     */
    private static int readCells(String[] lines, int start, List<RawRow> cells, List<Integer> rowBreaks) {
        int i = start;
        int end;
        while (true) {
            List<String> paragraphs = new ArrayList<>();
            int bar;
            if (isBar(lines[i])) {
                bar = i; // an empty cell
            } else if (closesItself(lines[i])) {
                bar = i; // a cell on one line with its own closing bar
                paragraphs.add(withoutBar(lines[i]));
            } else {
                bar = cellEnd(lines, i);
                for (int k = i; k < bar; k++) {
                    paragraphs.add(lines[k]);
                }
            }
            cells.add(new RawRow(List.of(paragraphs), i + 1));
            end = bar + 1;
            int next = bar + 1;
            if (next < lines.length && isBar(lines[next])) {
                i = next; // "|" right after "|": an empty cell
                continue;
            }
            if (next < lines.length && lines[next].isBlank() && next + 1 < lines.length && isBar(lines[next + 1])) {
                i = next + 1; // an empty line closed by "|": an empty cell
                continue;
            }
            int content = nextContent(lines, next);
            if (content < 0 || isBar(lines[content])
                    || cellEnd(lines, content) < 0 && !closesItself(lines[content])) {
                return end;
            }
            if (content > next) {
                rowBreaks.add(cells.size());
            }
            i = content;
        }
    }
}

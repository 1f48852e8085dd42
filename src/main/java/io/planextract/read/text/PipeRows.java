package io.planextract.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pipe rows as a browser or a stored web page gives a table, one row a line: {@code cell | cell | cell |}, full-width
 * bars ({@code ｜}) included, a row's cell running on over a line break where rows end with a bar. Runs of empty
 * cells ({@code | 1 | 工作任务 | ||}) come from spans; the table builder settles them. A table headed by a
 * Markdown rule is {@link MarkdownRows}'.
 */
final class PipeRows implements Dialect {
    static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final int MAX_ROW_LINES = 30;

    @Override
    public List<Candidate> read(String[] lines, int start) {
        if (!isPipeRow(lines[start]) || isMarkdownRule(lines, start + 1) || isMarkdownRule(lines, start)) {
            return List.of();
        }
        List<RawRow> rows = new ArrayList<>();
        int end = readRows(lines, start, rows);
        return List.of(new Candidate("pipe-rows", rows, end));
    }

    static boolean isMarkdownRule(String[] lines, int i) {
        return i < lines.length && MARKDOWN_RULE.matcher(bars(lines[i])).matches();
    }

    /** A line of two or more cells between {@code |}, one cell with a {@code |} at an end, or a Markdown rule. */
    static boolean isPipeRow(String raw) {
        String line = bars(raw);
        if (line.indexOf('|') < 0) {
            return false;
        }
        if (MARKDOWN_RULE.matcher(line).matches()) {
            return true;
        }
        String s = line.strip();
        if (s.equals("|")) {
            return false;
        }
        // A row under merges, or a section row, may hold one cell: "一、坚持标准引领 |".
        List<String> cells = splitPipes(s);
        return cells.size() >= 2
                || ((s.startsWith("|") || s.endsWith("|")) && cells.stream().anyMatch(c -> !c.isBlank()));
    }

    /** Reads pipe rows from {@code start}, Markdown rules skipped; returns the line after the last. */
    static int readRows(String[] lines, int start, List<RawRow> rows) {
        int i = start;
        boolean rowsEndWithBar = false;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                int next = i;
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
                // Empty lines between rows are kept together; a new Markdown header starts another table.
                boolean more = next < lines.length && isPipeRow(lines[next]) && !isMarkdownRule(lines, next + 1);
                if (!more) {
                    return i;
                }
                i = next;
                continue;
            }
            if (!isPipeRow(line)) {
                return i;
            }
            int first = i;
            if (!MARKDOWN_RULE.matcher(bars(line)).matches()) {
                if (i == start) {
                    rowsEndWithBar = endsWithBar(line);
                }
                StringBuilder row = new StringBuilder(bars(line).strip());
                int last = rowsEndWithBar ? rowEnd(lines, i) : i;
                for (int k = i + 1; k <= last; k++) {
                    row.append('\n').append(bars(lines[k]).strip());
                }
                i = last;
                List<List<String>> cells = new ArrayList<>();
                for (String c : splitPipes(row.toString())) {
                    cells.add(paragraphs(BREAK_TAG.matcher(c).replaceAll("\n")));
                }
                rows.add(new RawRow(cells, first + 1));
            }
            i++;
        }
        return i;
    }

    private static boolean endsWithBar(String line) {
        return bars(line).strip().endsWith("|");
    }

    /**
     * Where rows end with {@code |}, a line that does not is a cell running on over a line break: the row goes on
     * to the next line that ends with {@code |} (not past an empty line, nor far).
     */
    private static int rowEnd(String[] lines, int from) {
        for (int k = from; k < lines.length && k < from + MAX_ROW_LINES; k++) {
            if (lines[k].isBlank()) {
                return from;
            }
            if (endsWithBar(lines[k])) {
                return k;
            }
        }
        return from;
    }

    /** Full-width bars ({@code ｜}, as Chinese input methods type them) read as pipes. */
    static String bars(String line) {
        return line.indexOf('｜') < 0 ? line : line.replace('｜', '|');
    }

    /** The cells between pipes; an outer pipe at either end does not make a cell, {@code \|} is a pipe. */
    static List<String> splitPipes(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\\' && k + 1 < line.length() && line.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (!cells.isEmpty() && cells.get(0).isBlank() && line.startsWith("|")) {
            cells.remove(0);
        }
        if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** A cell's paragraphs: its lines, empty ones dropped. */
    static List<String> paragraphs(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("\n", -1)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}

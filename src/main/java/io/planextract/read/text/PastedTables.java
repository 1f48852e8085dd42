package io.planextract.read.text;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.normalize.TextCleaner;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.table.ColumnRole;
import io.planextract.table.HeaderLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads text that people paste rather than a Tika dump: body paragraphs, one a line, and tables in the forms a
 * copy gives them —
 * <ul>
 * <li>pipe rows copied from a web page, one row a line: {@code cell | cell | cell |};</li>
 * <li>the same with one cell a line, each followed by a line {@code |} (rows end at empty lines, or else at the
 * next sequence number or when the row is full);</li>
 * <li>Markdown tables: {@code | a | b |} with a {@code |---|---|} line under the header;</li>
 * <li>tab-separated rows as Excel or WPS copy them, quoted cells spanning lines included.</li>
 * </ul>
 * A row with fewer cells than the table lies under a merged cell: its cells are placed in their columns by what
 * they hold ({@link CellPlacer}), the other columns are left blank (the table engine then lets them inherit from
 * above), and a {@code cells-placed-by-content} warning records the choice.
 */
final class PastedTables {
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");
    private static final Pattern SECTION_TITLE = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．].*|^第[一二三四五六七八九十]+[部分章].*");

    /** The body and what a reviewer should know about how its tables were read. */
    record Parsed(List<Block> blocks, List<Warning> warnings) {
    }

    /** A row as the text gives it: its cells' paragraphs, its line, and each cell's line. */
    record RawRow(List<List<String>> cells, int line, List<Integer> cellLines) {
        RawRow(List<List<String>> cells, int line) {
            this(cells, line, java.util.Collections.nCopies(cells.size(), line));
        }

        int cellLine(int k) {
            return k < cellLines.size() ? cellLines.get(k) : line;
        }
    }

    private final String[] lines;
    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int cellCount;
    /** True where the pipe table's first row ends with {@code |}, as every row of a browser copy or Markdown does. */
    private boolean rowsEndWithBar;
    private static final int MAX_ROW_LINES = 30;

    private PastedTables(String[] lines, ReadLimits limits) {
        this.lines = lines;
        this.limits = limits;
    }

    static Parsed parse(String text, ReadLimits limits) throws ReadException {
        PastedTables p = new PastedTables(text.split("\r\n|\r|\n", -1), limits);
        p.run();
        return new Parsed(List.copyOf(p.blocks), List.copyOf(p.warnings));
    }

    private void run() throws ReadException {
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (isTsvRow(line)) {
                List<RawRow> rows = new ArrayList<>();
                i = readTsv(i, rows);
                addTable(rows, false);
            } else if (isPipeRow(line)) {
                List<RawRow> rows = new ArrayList<>();
                i = readPipeRows(i, rows);
                addTable(rows, false);
            } else if (cellPerLineStarts(lines, i)) {
                List<RawRow> rows = new ArrayList<>();
                int[] end = new int[1];
                boolean cutAtEmptyLines = readCellPerLine(i, rows, end);
                i = end[0];
                addTable(rows, !cutAtEmptyLines);
            } else {
                if (!line.isBlank()) {
                    blocks.add(new Paragraph(line, i + 1));
                }
                i++;
            }
        }
    }

    // ---- tab-separated rows -------------------------------------------------------------------------------

    /** A line with a TAB after some text: a row copied from a spreadsheet. */
    static boolean isTsvRow(String line) {
        int tab = line.indexOf('\t');
        return tab >= 0 && !line.isBlank() && line.replace("\t", "").strip().length() > 0
                && (tab > 0 || line.indexOf('\t', 1) > 0);
    }

    private int readTsv(int start, List<RawRow> rows) {
        int i = start;
        // Inside a run, a row whose only TAB leads ("\t\"cell…": an empty first cell, then a quoted cell running on
        // over lines) is a row too.
        while (i < lines.length && (isTsvRow(lines[i]) || (i > start && lines[i].startsWith("\t")
                && !lines[i].isBlank()))) {
            int line = i + 1;
            List<List<String>> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            String text = lines[i];
            int k = 0;
            boolean quoted = false;
            boolean cellStart = true;
            while (true) {
                if (k >= text.length()) {
                    if (quoted && i + 1 < lines.length) {
                        cell.append('\n');
                        text = lines[++i];
                        k = 0;
                        continue;
                    }
                    cells.add(paragraphs(cell.toString(), '\n'));
                    break;
                }
                char c = text.charAt(k);
                if (cellStart && c == '"') {
                    quoted = true;
                    cellStart = false;
                    k++;
                } else if (quoted && c == '"') {
                    if (k + 1 < text.length() && text.charAt(k + 1) == '"') {
                        cell.append('"');
                        k += 2;
                    } else {
                        quoted = false;
                        k++;
                    }
                } else if (!quoted && c == '\t') {
                    cells.add(paragraphs(cell.toString(), '\n'));
                    cell.setLength(0);
                    cellStart = true;
                    k++;
                } else {
                    cell.append(c);
                    cellStart = false;
                    k++;
                }
            }
            rows.add(new RawRow(cells, line));
            i++;
        }
        return i;
    }

    // ---- pipe rows and Markdown ---------------------------------------------------------------------------

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

    private int readPipeRows(int start, List<RawRow> rows) {
        int i = start;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                int next = i;
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
                // Empty lines between rows are kept together; a new Markdown header starts another table.
                boolean more = next < lines.length && isPipeRow(lines[next])
                        && !(next + 1 < lines.length && MARKDOWN_RULE.matcher(bars(lines[next + 1])).matches());
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
                int last = rowsEndWithBar ? rowEnd(i) : i;
                for (int k = i + 1; k <= last; k++) {
                    row.append('\n').append(bars(lines[k]).strip());
                }
                i = last;
                List<List<String>> cells = new ArrayList<>();
                for (String c : splitPipes(row.toString())) {
                    cells.add(paragraphs(BREAK_TAG.matcher(c).replaceAll("\n"), '\n'));
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
    private int rowEnd(int from) {
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

    // ---- one cell a line, each followed by a line "|" -----------------------------------------------------

    private static boolean isBar(String line) {
        return bars(line).strip().equals("|");
    }

    /**
     * A line followed by a line {@code |}, and another cell ended by {@code |} after it. The first cell is one line
     * (the line above it is the table's title or body text); later cells may run over several lines.
     */
    static boolean cellPerLineStarts(String[] lines, int i) {
        if (lines[i].isBlank() || isBar(lines[i]) || i + 1 >= lines.length || !isBar(lines[i + 1])) {
            return false;
        }
        return cellEnd(lines, nextContent(lines, i + 2)) > 0;
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
            if (lines[k].isBlank() || isPipeRow(lines[k])) {
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
     * Reads cells up to the last one of the run. A line {@code |} right after another, or after one empty line, closes
     * an empty cell; otherwise rows end at empty lines where the run has any. Returns false when it has none (then
     * the rows are one cell each, to be cut by {@link #cutStream}).
     */
    private boolean readCellPerLine(int start, List<RawRow> rows, int[] end) {
        List<RawRow> cells = new ArrayList<>();
        List<Integer> rowBreaks = new ArrayList<>();
        int i = start;
        boolean sawBlank = false;
        while (true) {
            List<String> paragraphs = new ArrayList<>();
            int bar;
            if (isBar(lines[i])) {
                bar = i; // an empty cell
            } else {
                bar = cellEnd(lines, i);
                for (int k = i; k < bar; k++) {
                    paragraphs.add(lines[k]);
                }
            }
            cells.add(new RawRow(List.of(paragraphs), i + 1));
            end[0] = bar + 1;
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
            if (content < 0 || isBar(lines[content]) || cellEnd(lines, content) < 0) {
                break;
            }
            if (content > next) {
                sawBlank = true;
                rowBreaks.add(cells.size());
            }
            i = content;
        }
        if (!sawBlank) {
            rows.addAll(cells);
            return false;
        }
        rowBreaks.add(cells.size());
        int from = 0;
        for (int b : rowBreaks) {
            rows.add(merge(cells.subList(from, b)));
            from = b;
        }
        return true;
    }

    /**
     * Cuts a stream of single cells into rows: the header is the leading run of labels, and a row ends when it is
     * full, before the next sequence number, and around a section title.
     */
    static List<RawRow> cutStream(List<RawRow> stream) {
        List<RawRow> rows = new ArrayList<>();
        int h = 0;
        while (h < stream.size() && HeaderLabels.classify(joined(stream.get(h).cells().get(0))) != null) {
            h++;
        }
        if (h < 2) {
            return stream;
        }
        int width = h;
        rows.add(merge(stream.subList(0, h)));
        List<RawRow> current = new ArrayList<>();
        int lastSeq = 0;
        for (RawRow cell : stream.subList(h, stream.size())) {
            String text = TextCleaner.strip(joined(cell.cells().get(0)));
            boolean seq = SEQ.matcher(text).matches() && Integer.parseInt(text) == lastSeq + 1;
            boolean section = SECTION_TITLE.matcher(text).matches();
            if (!current.isEmpty() && (current.size() >= width || seq || section)) {
                rows.add(merge(current));
                current = new ArrayList<>();
            }
            if (seq) {
                lastSeq++;
            }
            current.add(cell);
            if (section) {
                rows.add(merge(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            rows.add(merge(current));
        }
        return rows;
    }

    private static RawRow merge(List<RawRow> cells) {
        List<List<String>> row = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (RawRow c : cells) {
            row.add(c.cells().get(0));
            lines.add(c.line());
        }
        return new RawRow(row, cells.get(0).line(), lines);
    }

    // ---- building the table -------------------------------------------------------------------------------

    private void addTable(List<RawRow> rawRows, boolean stream) throws ReadException {
        List<RawRow> rows = stream ? cutStream(rawRows) : rawRows;
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(build(rows));
    }

    private Table build(List<RawRow> rows) throws ReadException {
        int headerAt = -1;
        for (int r = 0; r < rows.size() && headerAt < 0; r++) {
            if (isHeader(rows.get(r))) {
                headerAt = r;
            }
        }
        int width = width(rows, headerAt);
        int tableLine = rows.get(0).line();
        if (width > limits.maxTableCols()) {
            throw new ReadException("the table at line " + tableLine + " has " + width
                    + " columns; plan-extract reads tables of up to " + limits.maxTableCols());
        }
        if (rows.size() > limits.maxTableRows()) {
            throw new ReadException("the table at line " + tableLine + " has more than " + limits.maxTableRows()
                    + " rows");
        }
        List<ColumnRole> roles = headerAt < 0 ? null : roles(rows.get(headerAt), width);
        List<Row> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            RawRow row = rows.get(r);
            List<List<String>> cells = row.cells();
            boolean allBlank = cells.stream().allMatch(c -> joined(c).isBlank());
            if (allBlank) {
                continue;
            }
            String section = sectionTitle(cells, width);
            if (r > headerAt && section != null) {
                out.add(row(List.of(List.of(section)), List.of(row.line()))); // printed once, like a text dump's
                continue;
            }
            if (r == headerAt) {
                out.add(headerRow(row));
                continue;
            }
            if (r < headerAt || roles == null || cells.size() >= width) {
                out.add(row(cells, row.cellLines()));
                continue;
            }
            out.add(placed(row, roles));
        }
        return new Table(out, false, tableLine);
    }

    /**
     * The header as printed: an empty cell right of a label is that label spread over two columns (a Markdown or
     * spreadsheet copy of {@code colspan}), as {@code 工作任务} over the section and the task.
     */
    private Row headerRow(RawRow header) throws ReadException {
        List<Cell> out = new ArrayList<>();
        List<List<String>> cells = header.cells();
        for (int k = 0; k < cells.size(); k++) {
            boolean blank = joined(cells.get(k)).isBlank();
            if (blank && !out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                Cell left = out.remove(out.size() - 1);
                out.add(new Cell(left.paragraphs(), left.colSpan() + 1, false, left.line()));
                continue;
            }
            out.add(new Cell(cells.get(k), 1, false, header.cellLine(k)));
        }
        cellCount += out.size();
        return new Row(out);
    }

    /** A row of labels: at least two cells name a column role, and most of its cells do. */
    private static boolean isHeader(RawRow row) {
        int named = 0;
        int filled = 0;
        for (List<String> c : row.cells()) {
            String t = TextCleaner.strip(joined(c));
            if (t.isEmpty()) {
                continue;
            }
            filled++;
            if (HeaderLabels.classify(t) != null) {
                named++;
            }
        }
        return named >= 2 && named * 2 >= filled;
    }

    /** The table's width: the widest row, the header's at least. */
    private static int width(List<RawRow> rows, int headerAt) {
        int widest = headerAt >= 0 ? rows.get(headerAt).cells().size() : 1;
        for (RawRow r : rows) {
            widest = Math.max(widest, r.cells().size());
        }
        return widest;
    }

    /** Column roles under the header; a task label over two columns is the section and the task. */
    private static List<ColumnRole> roles(RawRow header, int width) {
        List<ColumnRole> roles = new ArrayList<>();
        for (List<String> c : header.cells()) {
            roles.add(HeaderLabels.classify(TextCleaner.strip(joined(c))));
        }
        if (roles.size() == width - 1) {
            int task = roles.indexOf(ColumnRole.TASK);
            if (task >= 0) {
                roles.add(task, ColumnRole.SECTION);
            }
        }
        while (roles.size() < width) {
            roles.add(null);
        }
        return roles;
    }

    /** A lone title such as {@code 一、坚持标准引领}: a section row that spans the table; null for other rows. */
    private static String sectionTitle(List<List<String>> cells, int width) {
        List<String> filled = new ArrayList<>();
        for (List<String> c : cells) {
            if (!joined(c).isBlank()) {
                filled.add(TextCleaner.strip(joined(c)));
            }
        }
        if (filled.size() != 1 || width <= 2) {
            return null;
        }
        String t = filled.get(0);
        return SECTION_TITLE.matcher(t).matches() ? t : null;
    }

    private Row placed(RawRow raw, List<ColumnRole> roles) throws ReadException {
        List<List<String>> cells = raw.cells();
        int line = raw.line();
        List<CellPlacer.Kind> kinds = CellPlacer.kinds(cells);
        int[] columns = CellPlacer.place(kinds, roles);
        List<List<String>> row = new ArrayList<>(roles.size());
        List<Integer> lines = new ArrayList<>(roles.size());
        for (int c = 0; c < roles.size(); c++) {
            row.add(List.of());
            lines.add(line);
        }
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            row.set(columns[k], cells.get(k));
            lines.set(columns[k], raw.cellLine(k));
            if (where.length() > 0) {
                where.append('，');
            }
            where.append('第').append(k + 1).append("格→第").append(columns[k] + 1).append('列');
        }
        warnings.add(Warning.of("cells-placed-by-content", "这一行只有" + cells.size() + "格（表格有" + roles.size()
                + "列，其余为合并单元格），按内容放入各列：" + where, Origin.ofLine(line)));
        return row(row, lines);
    }

    private Row row(List<List<String>> cells, List<Integer> lines) throws ReadException {
        cellCount += cells.size();
        if (cellCount > limits.maxCells()) {
            throw new ReadException("the text holds more than " + limits.maxCells() + " table cells");
        }
        List<Cell> out = new ArrayList<>(cells.size());
        for (int k = 0; k < cells.size(); k++) {
            out.add(new Cell(cells.get(k), 1, false, k < lines.size() ? lines.get(k) : lines.get(0)));
        }
        return new Row(out);
    }

    private static List<String> paragraphs(String cell, char separator) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split(Pattern.quote(String.valueOf(separator)), -1)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String joined(List<String> paragraphs) {
        return String.join("", paragraphs);
    }
}

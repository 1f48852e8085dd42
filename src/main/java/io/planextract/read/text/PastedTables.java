package io.planextract.read.text;

import io.planextract.doc.Block;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads text that people paste rather than a Tika dump: body paragraphs, one a line, and tables in the forms a
 * copy gives them. At each line every {@link Dialect} that sees its sign there offers its readings (pipe rows,
 * Markdown, tab-separated rows, one cell a line with {@code |} lines, one paragraph a cell, space-separated rows);
 * each is built ({@link TableBuilder}) and scored ({@link ReadingScorer}), and the best one with a header that scores
 * at least {@link #FLOOR} is kept. Where the best wins by less than {@link #CLOSE}, over another reading or over
 * reading the lines as body text, a {@code close-reading} warning names the line and both scores. Lines no reading
 * takes as a table are body text: a rejected pipe table gives its rows as paragraphs without the bars, except a web
 * page's information bar ({@code 索引号: | … | 信息分类: |}), which is left out with a {@code page-metadata} warning.
 */
final class PastedTables {
    /** A table reading below this is no table: a header alone, or rows that fit none of its columns. */
    static final double FLOOR = 0.4;
    /** A win by less than this is a close call a reviewer should check. */
    static final double CLOSE = 0.05;

    private static final List<Dialect> DIALECTS = List.of(new TabRows(), new MarkdownRows(), new PipeRows(),
            new CellPerLine(), new SpacedRows(), new ParagraphCells());

    /** The body and what a reviewer should know about how its tables were read. */
    record Parsed(List<Block> blocks, List<Warning> warnings) {
    }

    private record Scored(Candidate candidate, TableBuilder.Built built) {
        double total() {
            return built.table().score().total();
        }
    }

    private final String[] lines;
    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private long cellCount;

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
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Dialect d : DIALECTS) {
                candidates.addAll(d.read(lines, i));
            }
            i = candidates.isEmpty() ? paragraph(i) : choose(i, candidates);
        }
    }

    private int paragraph(int i) {
        blocks.add(new Paragraph(lines[i], i + 1));
        return i + 1;
    }

    /** Keeps the best reading starting at line {@code i}; returns the line after it. */
    private int choose(int i, List<Candidate> candidates) throws ReadException {
        List<Scored> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            TableBuilder.Built built = TableBuilder.build(c);
            if (built.hasHeader() && built.table().score().total() >= FLOOR) {
                accepted.add(new Scored(c, built));
            }
        }
        if (accepted.isEmpty()) {
            Candidate syntactic = candidates.get(0);
            boolean speculative = syntactic.reading().startsWith("spaced-rows")
                    || syntactic.reading().startsWith("paragraph-per-cell");
            if (speculative) {
                return paragraph(i);
            }
            int end = Math.max(i + 1, syntactic.end());
            return isPageMetadata(syntactic) ? skipMetadata(i, end) : asBodyText(i, end);
        }
        accepted.sort(Comparator.comparingDouble(Scored::total).reversed()); // stable: the first dialect wins ties
        Scored best = accepted.get(0);
        Scored runnerUp = null;
        for (Scored s : accepted.subList(1, accepted.size())) {
            if (!sameCells(s.built().table(), best.built().table())) {
                runnerUp = s;
                break;
            }
        }
        double second = runnerUp == null ? FLOOR : runnerUp.total();
        if (best.total() - second < CLOSE) {
            String other = runnerUp == null ? String.format(Locale.ROOT, "按正文段落读 %.2f", FLOOR)
                    : runnerUp.built().table().score().describe();
            warnings.add(WarningCode.CLOSE_READING.at(Origin.ofLine(i + 1),
                    best.built().table().score().describe(), other));
        }
        keep(best.built());
        return Math.max(i + 1, best.candidate().end());
    }

    private void keep(TableBuilder.Built built) throws ReadException {
        Table t = built.table();
        int width = 0;
        for (Row r : t.rows()) {
            width = Math.max(width, r.width());
        }
        if (width > limits.maxTableCols()) {
            throw new ReadException("the table at line " + t.line() + " has " + width
                    + " columns; plan-extract reads tables of up to " + limits.maxTableCols());
        }
        if (t.rows().size() > limits.maxTableRows()) {
            throw new ReadException("the table at line " + t.line() + " has more than " + limits.maxTableRows()
                    + " rows");
        }
        cellCount += built.cells();
        if (cellCount > limits.maxCells()) {
            throw new ReadException("the text holds more than " + limits.maxCells() + " table cells");
        }
        blocks.add(t);
        warnings.addAll(built.warnings());
    }

    /**
     * A web page's information bar copied with the notice ({@code 索引号: | … | 信息分类: | … |}, {@code 标 题: | … |}):
     * most rows open with a key ending in a colon. It is neither body text nor a task table.
     */
    private static boolean isPageMetadata(Candidate c) {
        int keyed = 0;
        int filled = 0;
        for (RawRow row : c.rows()) {
            int k = 0;
            while (k < row.size() && row.isBlank(k)) {
                k++;
            }
            if (k == row.size()) {
                continue;
            }
            filled++;
            String first = row.text(k).strip();
            if (first.endsWith(":") || first.endsWith("：")) {
                keyed++;
            }
        }
        return filled >= 2 && keyed * 2 > filled;
    }

    private int skipMetadata(int from, int to) {
        warnings.add(WarningCode.PAGE_METADATA.at(Origin.ofLine(from + 1), from + 1, to));
        return to;
    }

    /** Lines no reading takes as a table, as body text: a pipe row's cells run together, bar lines dropped. */
    private int asBodyText(int from, int to) {
        for (int k = from; k < to; k++) {
            String line = PipeRows.bars(lines[k]);
            if (line.isBlank() || line.strip().equals("|")) {
                continue;
            }
            String text = PipeRows.isPipeRow(line)
                    ? String.join(" ", PipeRows.splitPipes(line.strip()).stream().map(String::strip)
                            .filter(s -> !s.isEmpty()).toList())
                    : line.replace('\t', ' ').strip();
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text, k + 1));
            }
        }
        return to;
    }

    /** A row without its empty cells at the end: readings that differ only there read the same. */
    private static List<io.planextract.doc.Cell> trimmed(List<io.planextract.doc.Cell> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return cells.subList(0, n);
    }

    private static boolean sameCells(Table a, Table b) {
        if (a.rows().size() != b.rows().size()) {
            return false;
        }
        for (int r = 0; r < a.rows().size(); r++) {
            List<io.planextract.doc.Cell> x = trimmed(a.rows().get(r).cells());
            List<io.planextract.doc.Cell> y = trimmed(b.rows().get(r).cells());
            if (x.size() != y.size()) {
                return false;
            }
            for (int c = 0; c < x.size(); c++) {
                if (!x.get(c).paragraphs().equals(y.get(c).paragraphs())) {
                    return false;
                }
            }
        }
        return true;
    }
}

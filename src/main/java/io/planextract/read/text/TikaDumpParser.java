package io.planextract.read.text;

import io.planextract.doc.Block;
import io.planextract.doc.Paragraph;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the layout of {@code java -jar tika-app.jar --text}: a line that starts with a TAB starts a table cell,
 * lines without a TAB continue it (an empty one is an empty paragraph or a row end), and every other line is a
 * paragraph of the body. Rows are recovered afterwards by {@link RowCutter}, since empty lines alone cannot tell
 * row ends from empty paragraphs.
 */
final class TikaDumpParser {
    private static final Pattern ATTACHMENT = Pattern.compile("附\\s*件\\s*\\d*.{0,40}");
    private static final Pattern TABLE_TITLE = Pattern.compile(".*(表|清单|名单|目录|一览)");

    private TikaDumpParser() {
    }

    static List<Block> parse(String text, ReadLimits limits) throws ReadException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (isCellStart(lines[i])) {
                List<RawCell> cells = new ArrayList<>();
                i = readTableRun(lines, i, cells);
                blocks.add(RowCutter.cut(cells, limits));
            } else {
                if (!lines[i].isBlank()) {
                    blocks.add(new Paragraph(lines[i], i + 1));
                }
                i++;
            }
        }
        return blocks;
    }

    static boolean isCellStart(String line) {
        return line.startsWith("\t");
    }

    /**
     * Collects the cells of one table starting at {@code start}; returns the index of the first line after it.
     * Text between two cell lines continues the cell above, except where two empty lines are followed by text and
     * the cells after it start with a header row, or the text holds an attachment line or a table title: that is a
     * table's end, the body or the next table's title, and the next table.
     */
    private static int readTableRun(String[] lines, int start, List<RawCell> cells) {
        RawCell current = null;
        int j = start;
        while (j < lines.length) {
            if (isCellStart(lines[j])) {
                current = new RawCell(j + 1);
                current.add(lines[j].substring(1));
                cells.add(current);
                j++;
                continue;
            }
            int next = j;
            while (next < lines.length && !isCellStart(lines[next])) {
                next++;
            }
            if (next == lines.length) {
                // After the last cell only its own next paragraphs belong to it; the first empty line ends the table.
                while (j < lines.length && !lines[j].isBlank()) {
                    current.add(lines[j++]);
                }
                current.add("");
                return j;
            }
            int end = startsWithHeader(lines, next) || hasTitleLine(lines, j, next)
                    ? tableEndInGap(lines, j, next) : next;
            for (int k = j; k < end; k++) {
                current.add(lines[k]);
            }
            if (end < next) {
                current.add("");
                return end;
            }
            j = next;
        }
        return j;
    }

    /**
     * Whether the cells from line {@code at} begin with a header row (two or more labels among the first cells).
     * Only then can text between cells be the gap between two tables; otherwise it is more of the cell above,
     * even after empty paragraphs.
     */
    private static boolean startsWithHeader(String[] lines, int at) {
        int cells = 0;
        int labels = 0;
        for (int k = at; k < lines.length && cells < 8; k++) {
            if (isCellStart(lines[k])) {
                cells++;
                if (RoleLabels.isLabel(lines[k].strip())) {
                    labels++;
                }
            } else if (lines[k].isBlank() && cells > 0) {
                break; // the end of the first row
            }
        }
        return labels >= 2;
    }

    /** A line like {@code 附件2} or a table's title ({@code …名单}, {@code …一览表}) between two runs of cells. */
    private static boolean hasTitleLine(String[] lines, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = lines[k].strip();
            if (ATTACHMENT.matcher(t).matches() || (t.length() <= 40 && TABLE_TITLE.matcher(t).matches())) {
                return true;
            }
        }
        return false;
    }

    /** The first line of a run of two or more empty lines followed by text within the gap, or {@code to}. */
    private static int tableEndInGap(String[] lines, int from, int to) {
        int k = from;
        while (k < to) {
            if (!lines[k].isBlank()) {
                k++;
                continue;
            }
            int runStart = k;
            while (k < to && lines[k].isBlank()) {
                k++;
            }
            if (k - runStart >= 2 && k < to) {
                return runStart;
            }
        }
        return to;
    }
}

package io.planextract.read.text;

import java.util.ArrayList;
import java.util.List;

/** Tab-separated rows as Excel or WPS copy them, quoted cells running over lines included. */
final class TabRows implements Dialect {
    @Override
    public List<Candidate> read(String[] lines, int start) {
        if (!isTsvRow(lines[start])) {
            return List.of();
        }
        List<RawRow> rows = new ArrayList<>();
        int end = readRows(lines, start, rows);
        return List.of(new Candidate("tsv", rows, end));
    }

    /** A line with a TAB after some text: a row copied from a spreadsheet. */
    static boolean isTsvRow(String line) {
        int tab = line.indexOf('\t');
        return tab >= 0 && !line.isBlank() && line.replace("\t", "").strip().length() > 0
                && (tab > 0 || line.indexOf('\t', 1) > 0);
    }

    private static int readRows(String[] lines, int start, List<RawRow> rows) {
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
                    cells.add(PipeRows.paragraphs(cell.toString()));
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
                    cells.add(PipeRows.paragraphs(cell.toString()));
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
}

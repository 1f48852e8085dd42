package io.planextract.read.text;

import io.planextract.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a stream of single cells (one cell a line, no empty line between rows) into rows, in every way the stream
 * allows; the scorer keeps the best. The header is the leading run of labels and empty cells (its trailing empty
 * cells may instead open the first row: a leading empty column). Rows start at rising sequence numbers, or a few
 * empty cells before them where the first row has such a leading column; without numbers a row ends when it is as
 * wide as the header (as before the readings were scored). A section title ({@code 一、…}) is a row of its own.
 */
final class CellStream {
    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");
    private static final int MAX_OFFSET = 2;

    /** One way of cutting the stream. */
    record Cut(String name, List<RawRow> rows) {
    }

    private CellStream() {
    }

    static List<Cut> cuts(List<RawRow> stream) {
        int run = 0;
        int labels = 0;
        while (run < stream.size()) {
            String t = text(stream.get(run));
            if (!t.isEmpty() && !RoleLabels.isLabel(t)) {
                break;
            }
            labels += t.isEmpty() ? 0 : 1;
            run++;
        }
        if (labels < 2) {
            return List.of(new Cut("cell-per-line", stream));
        }
        int trailing = 0;
        while (trailing < run && text(stream.get(run - 1 - trailing)).isEmpty()) {
            trailing++;
        }
        List<Cut> out = new ArrayList<>();
        for (int drop = 0; drop <= Math.min(trailing, MAX_OFFSET); drop++) {
            int h = run - drop;
            List<Integer> anchors = anchors(stream, h);
            String head = drop == 0 ? "" : "，表头" + h + "格";
            if (anchors.isEmpty()) {
                out.add(new Cut("cell-per-line/按表头宽度断行" + head, byWidth(stream, h, List.of(), 0)));
                continue;
            }
            int offsets = 0;
            while (offsets < MAX_OFFSET && anchors.get(0) - offsets - 1 >= h
                    && text(stream.get(anchors.get(0) - offsets - 1)).isEmpty()) {
                offsets++;
            }
            for (int o = 0; o <= offsets; o++) {
                String name = "cell-per-line/按序号断行" + (o == 0 ? "" : "，序号前" + o + "格") + head;
                out.add(new Cut(name, byWidth(stream, h, anchors, o)));
            }
            Cut led = ledByText(stream, h, anchors);
            if (led != null) {
                out.add(led);
            }
        }
        return out;
    }

    /**
     * Rows whose number is not their first cell: an unlabelled 序号 column in the middle ({@code 任务 | 1 | 要求 |
     * 科室 | 时限}), the cells before it left out of rows under a merged cell. The first row shows how many cells come
     * before the number; a full row is the header's width plus the unlabelled number, so a row keeps that many cells
     * after its number and what follows, up to the next number, opens the next row.
     */
    private static Cut ledByText(List<RawRow> stream, int h, List<Integer> anchors) {
        int lead = anchors.get(0) - h;
        if (lead < 1 || lead > MAX_OFFSET || anchors.size() < 2) {
            return null;
        }
        boolean labelledSeq = false;
        for (int k = 0; k < h; k++) {
            labelledSeq |= RoleLabels.of(text(stream.get(k))) == RoleLabels.Role.SEQ;
        }
        for (int k = h; k < anchors.get(0); k++) {
            if (text(stream.get(k)).isEmpty()) {
                return null;
            }
        }
        int after = h + (labelledSeq ? 0 : 1) - lead - 1;
        if (after < 1) {
            return null;
        }
        List<RawRow> rows = new ArrayList<>();
        rows.add(RawRow.merge(stream.subList(0, h)));
        int from = h;
        for (int i = 1; i < anchors.size(); i++) {
            int start = Math.min(anchors.get(i), Math.max(anchors.get(i - 1) + 1 + after, anchors.get(i) - lead));
            segment(stream.subList(from, start), Integer.MAX_VALUE, rows);
            from = start;
        }
        segment(stream.subList(from, stream.size()), Integer.MAX_VALUE, rows);
        return new Cut("cell-per-line/序号前有" + lead + "格", rows);
    }

    /** Positions of the rising numbers after the header: the first number, then each next one. */
    private static List<Integer> anchors(List<RawRow> stream, int from) {
        List<Integer> out = new ArrayList<>();
        int expected = -1;
        for (int k = from; k < stream.size(); k++) {
            String t = text(stream.get(k));
            if (SEQ.matcher(t).matches() && (expected < 0 || Integer.parseInt(t) == expected)) {
                out.add(k);
                expected = Integer.parseInt(t) + 1;
            }
        }
        return out;
    }

    /**
     * The rows: the header, then rows starting at each anchor (moved {@code offset} cells back over empty cells),
     * or without anchors cut at the header's width; section titles are rows of their own.
     */
    private static List<RawRow> byWidth(List<RawRow> stream, int h, List<Integer> anchors, int offset) {
        List<RawRow> rows = new ArrayList<>();
        rows.add(RawRow.merge(stream.subList(0, h)));
        List<Integer> starts = new ArrayList<>();
        int previous = h;
        for (int a : anchors) {
            int s = a;
            int back = 0;
            while (back < offset && s - 1 > previous && text(stream.get(s - 1)).isEmpty()) {
                s--;
                back++;
            }
            if (s > previous) {
                starts.add(s);
                previous = s;
            }
        }
        // Rows that start at numbers are as long as the text makes them (a header label may span two columns);
        // only without numbers does the header's width cut them.
        int width = starts.isEmpty() ? h : Integer.MAX_VALUE;
        int from = h;
        for (int s : starts) {
            segment(stream.subList(from, s), width, rows);
            from = s;
        }
        segment(stream.subList(from, stream.size()), width, rows);
        return rows;
    }

    private static void segment(List<RawRow> cells, int width, List<RawRow> rows) {
        List<RawRow> current = new ArrayList<>();
        for (RawRow cell : cells) {
            boolean section = TableBuilder.SECTION_TITLE.matcher(text(cell)).matches();
            if (!current.isEmpty() && (current.size() >= width || section)) {
                rows.add(RawRow.merge(current));
                current = new ArrayList<>();
            }
            current.add(cell);
            if (section) {
                rows.add(RawRow.merge(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            rows.add(RawRow.merge(current));
        }
    }

    private static String text(RawRow single) {
        return TextCleaner.strip(String.join("", single.cells().get(0)));
    }
}

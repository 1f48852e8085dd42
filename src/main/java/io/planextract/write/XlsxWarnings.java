package io.planextract.write;

import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The warnings of a run, for the workbook: beside each task the warnings about its row, and a sheet of their
 * own listing every warning with the file, table, row and line it points at, so that nothing a reviewer should
 * look at stays hidden in the JSON.
 */
final class XlsxWarnings {
    static final List<String> HEADER = List.of("source", "doc_number", "table", "row", "paragraph", "line", "code",
            "message");
    private static final int[] WIDTHS = {28, 20, 5, 5, 5, 8, 24, 70};

    private record Entry(String source, String docNumber, Warning warning) {
    }

    // Warnings are few (a handful per notice), so they wait in memory for the sheet written at the end.
    private final List<Entry> entries = new ArrayList<>();

    void add(NoticeResult result) {
        String source = result.source() == null ? null : result.source().path();
        String docNumber = result.notice() == null ? null : result.notice().docNumber();
        for (Warning w : result.warnings()) {
            entries.add(new Entry(source, docNumber, w));
        }
    }

    /** Writes the sheet: one row per warning, in the order of the notices and of their warnings. */
    void writeTo(SXSSFSheet sheet, Labels labels, XlsxStyles styles) {
        XlsxSheets.setUp(sheet, HEADER.stream().map(labels::column).toList(), WIDTHS, styles);
        int r = 1;
        for (Entry e : entries) {
            SXSSFRow row = sheet.createRow(r++);
            Origin o = e.warning().origin() == null ? Origin.none() : e.warning().origin();
            Object[] values = {e.source(), e.docNumber(), o.table(), o.row(), o.paragraph(), o.line(),
                e.warning().code(), e.warning().message()};
            for (int c = 0; c < values.length; c++) {
                XlsxColumn.Type type = values[c] instanceof Integer ? XlsxColumn.Type.NUMBER
                        : c == values.length - 1 ? XlsxColumn.Type.WRAPPED : XlsxColumn.Type.TEXT;
                XlsxSheets.put(row, c, values[c], styles.of(type, false));
            }
        }
    }

    /**
     * The messages of the warnings about each task row of one notice, joined one a line, keyed by
     * {@link #place}. A warning about no single row (the notice, a whole table) is on the warnings sheet only.
     */
    static Map<String, String> byTaskRow(NoticeResult result) {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (Task t : result.tasks()) {
            String place = Origin.rowKey(t.origin());
            if (place != null) {
                messages.putIfAbsent(place, new ArrayList<>());
            }
        }
        for (Warning w : result.warnings()) {
            List<String> list = messages.get(Origin.rowKey(w.origin()));
            if (list != null && w.message() != null) {
                list.add(w.message());
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        messages.forEach((place, list) -> {
            if (!list.isEmpty()) {
                joined.put(place, String.join("\n", list));
            }
        });
        return joined;
    }

}

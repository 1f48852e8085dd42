package io.planextract.read.text;

import io.planextract.doc.ReadingScore;
import io.planextract.normalize.TextCleaner;
import io.planextract.read.text.RoleLabels.Role;
import java.util.List;

/**
 * Scores a reading of pasted text as a table ({@link ReadingScore}): header fit, column content types, consistent
 * widths, short rows placed by content. Content is judged on a sample of rows spread over the table, so a reading
 * costs the same to score however long the table is.
 */
final class ReadingScorer {
    /** Rows whose cells are judged against their columns. */
    static final int SAMPLE_ROWS = 24;

    private ReadingScorer() {
    }

    /**
     * @param header    the header row, null without one
     * @param roles     the columns' roles (null entries for unknown columns), null without a header
     * @param dataRows  the data rows, each cell in its column
     * @param fullRows  data rows as wide as the table as the text gave them
     * @param placement fit of each row placed by content, from 0 to 1
     * @param width     the table's width; a column empty in every row is no column, and lowers the widths part
     */
    static ReadingScore score(String reading, RawRow header, List<Role> roles, List<List<List<String>>> dataRows,
            int fullRows, List<Double> placement, int width) {
        double headerFit = header == null ? 0 : headerFit(header);
        double types = roles == null ? 0 : columnTypes(roles, dataRows);
        double widths = dataRows.isEmpty() ? 0
                : (double) fullRows / dataRows.size() * filledColumns(dataRows, width) / width;
        double placed = placement.isEmpty() ? 1 : placement.stream().mapToDouble(Double::doubleValue).average()
                .orElse(1);
        if (dataRows.isEmpty()) {
            placed = 0; // a header alone is no table
        }
        return new ReadingScore(reading, headerFit, types, widths, placed);
    }

    private static int filledColumns(List<List<List<String>>> rows, int width) {
        boolean[] filled = new boolean[width];
        int count = 0;
        for (List<List<String>> row : rows) {
            for (int c = 0; c < Math.min(width, row.size()); c++) {
                if (!filled[c] && !String.join("", row.get(c)).isBlank()) {
                    filled[c] = true;
                    count++;
                }
            }
            if (count == width) {
                break;
            }
        }
        return count;
    }

    private static double headerFit(RawRow header) {
        int named = 0;
        int filled = 0;
        for (int k = 0; k < header.size(); k++) {
            String t = TextCleaner.strip(header.text(k));
            if (!t.isEmpty()) {
                filled++;
                if (RoleLabels.isLabel(t)) {
                    named++;
                }
            }
        }
        return filled == 0 ? 0 : (double) named / filled;
    }

    /** Share of the sampled, filled cells under a known role that hold what the role expects. */
    private static double columnTypes(List<Role> roles, List<List<List<String>>> rows) {
        int judged = 0;
        int fit = 0;
        int[] lastNumber = new int[roles.size()];
        int step = Math.max(1, rows.size() / SAMPLE_ROWS);
        for (int r = 0; r < rows.size(); r += step) {
            List<List<String>> row = rows.get(r);
            for (int c = 0; c < Math.min(row.size(), roles.size()); c++) {
                Role role = roles.get(c);
                if (role == null) {
                    continue;
                }
                CellPlacer.Kind kind = CellPlacer.kind(row.get(c));
                if (kind == CellPlacer.Kind.BLANK) {
                    continue;
                }
                judged++;
                if (fits(kind, role, row.get(c), lastNumber, c)) {
                    fit++;
                }
            }
        }
        return judged == 0 ? 0 : (double) fit / judged;
    }

    private static boolean fits(CellPlacer.Kind kind, Role role, List<String> cell, int[] lastNumber, int c) {
        return switch (role) {
            case SEQ -> {
                if (kind != CellPlacer.Kind.SEQ) {
                    yield false;
                }
                int n = Integer.parseInt(TextCleaner.strip(String.join("", cell)));
                boolean rising = n > lastNumber[c];
                lastNumber[c] = n;
                yield rising;
            }
            case LEAD, RESPONSIBLE -> kind == CellPlacer.Kind.UNITS;
            case DEADLINE -> kind == CellPlacer.Kind.DEADLINE;
            case REQUIREMENT, TASK, SECTION -> kind == CellPlacer.Kind.LONG_TEXT || kind == CellPlacer.Kind.SHORT_TEXT;
            case EXTRA -> kind != CellPlacer.Kind.SEQ; // people, progress, remarks: anything but a row number
        };
    }
}

package io.planextract.table;

import io.planextract.doc.Cell;
import io.planextract.doc.Row;
import java.util.ArrayList;
import java.util.List;

/** A header of two rows: labels under a spanning label ({@code 责任单位} over {@code 牵头单位 | 配合单位}). */
final class TwoRowHeader {
    private TwoRowHeader() {
    }

    /**
     * Two header rows. Where the first row is as wide as the grid, columns line up directly. In a text dump the
     * first row is narrower (a spanning cell prints once), so its cells are laid over the second row: each run of
     * sub-labels sits under one first-row cell, each empty slot under the next.
     */
    static Header of(Row first, Row second, int width) {
        List<String> top = new ArrayList<>();
        for (Cell c : first.cells()) {
            for (int k = 0; k < c.colSpan(); k++) {
                top.add(k == 0 ? CellText.label(c) : null);
            }
        }
        List<String> sub = new ArrayList<>();
        for (Cell c : second.cells()) {
            for (int k = 0; k < c.colSpan(); k++) {
                sub.add(CellText.label(c));
            }
        }
        List<String> parents = top.size() >= sub.size() ? alignedParents(top) : laidOverParents(first, sub);
        List<Column> columns = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String previousParent = null;
        for (int i = 0; i < width; i++) {
            String parent = i < parents.size() ? parents.get(i) : "";
            String child = i < sub.size() ? sub.get(i) : "";
            String label = child.isEmpty() ? parent : child;
            ColumnRole role = HeaderLabels.classify(label);
            if (role == null && !child.isEmpty()) {
                role = HeaderLabels.classify(parent);
            }
            columns.add(new Column(role == null ? ColumnRole.EXTRA : role, label));
            if (!child.isEmpty() || !parent.equals(previousParent)) {
                labels.add(label);
            }
            previousParent = parent;
        }
        return new Header(columns, labels, 2);
    }

    private static List<String> alignedParents(List<String> top) {
        List<String> parents = new ArrayList<>();
        String current = "";
        for (String t : top) {
            current = t == null ? current : t;
            parents.add(current);
        }
        return parents;
    }

    private static List<String> laidOverParents(Row first, List<String> sub) {
        List<String> parents = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (j < sub.size()) {
            String parent = i < first.cells().size() ? CellText.label(first.cells().get(i)) : "";
            if (sub.get(j).isEmpty()) {
                parents.add(parent);
                j++;
            } else {
                while (j < sub.size() && !sub.get(j).isEmpty()) {
                    parents.add(parent);
                    j++;
                }
            }
            i++;
        }
        return parents;
    }
}

package io.planextract.read;

import io.planextract.doc.Block;
import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Text fit for strict JSON and for any consumer. A page may carry {@code &#xD800;} (half of a surrogate pair,
 * which no UTF-8 encoder can write and strict parsers refuse) or a NUL ({@code &#0;}, a stray byte in a DOC),
 * neither of which is text: a lone surrogate becomes U+FFFD, a NUL goes, and one warning counts them. Documents
 * without such characters pass through untouched (one scan, no copy).
 */
public final class StrictText {
    private StrictText() {
    }

    public static Document clean(Document document) {
        int[] fixed = {0};
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        boolean changed = false;
        for (Block block : document.blocks()) {
            Block b = clean(block, fixed);
            changed |= b != block;
            blocks.add(b);
        }
        if (!changed) {
            return document;
        }
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.add(WarningCode.INVALID_CHARACTERS.at(Origin.none(), fixed[0]));
        return new Document(document.format(), blocks, warnings);
    }

    private static Block clean(Block block, int[] fixed) {
        if (block instanceof Paragraph p) {
            String t = clean(p.text(), fixed);
            return t == p.text() ? p : new Paragraph(t, p.line());
        }
        if (block instanceof Table table) {
            List<Row> rows = new ArrayList<>(table.rows().size());
            boolean changed = false;
            for (Row row : table.rows()) {
                List<Cell> cells = new ArrayList<>(row.cells().size());
                boolean rowChanged = false;
                for (Cell cell : row.cells()) {
                    List<String> paragraphs = new ArrayList<>(cell.paragraphs().size());
                    boolean cellChanged = false;
                    for (String s : cell.paragraphs()) {
                        String t = clean(s, fixed);
                        cellChanged |= t != s;
                        paragraphs.add(t);
                    }
                    cells.add(cellChanged ? new Cell(paragraphs, cell.colSpan(), cell.continued(), cell.line()) : cell);
                    rowChanged |= cellChanged;
                }
                rows.add(rowChanged ? new Row(cells) : row);
                changed |= rowChanged;
            }
            return changed ? new Table(rows, table.exactMerges(), table.line()) : table;
        }
        return block;
    }

    /** {@code s} itself when clean, else a cleaned copy; counts what it fixed. */
    static String clean(String s, int[] fixed) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                fixed[0]++;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                fixed[0]++;
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}

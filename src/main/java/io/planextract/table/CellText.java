package io.planextract.table;

import io.planextract.doc.Cell;
import io.planextract.normalize.TextCleaner;
import java.util.List;

/** A cell's cleaned paragraphs and its text as a label. */
final class CellText {
    private CellText() {
    }

    static List<String> paragraphs(Cell cell) {
        return TextCleaner.paragraphs(cell.paragraphs());
    }

    /** Labels broken over two paragraphs ({@code 完成} / {@code 时限}) read as one. */
    static String label(Cell cell) {
        return TextCleaner.removeSpaces(String.join("", paragraphs(cell)));
    }
}

package io.planextract.doc;

/** A paragraph outside any table, as the reader found it (not yet cleaned). */
public record Paragraph(String text, int line) implements Block {
}

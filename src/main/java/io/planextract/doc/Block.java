package io.planextract.doc;

/** One piece of a document body, in reading order: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {
    /** 1-based line in a text input where the block starts, 0 where the format has no lines. */
    int line();
}

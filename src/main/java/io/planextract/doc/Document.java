package io.planextract.doc;

import io.planextract.model.Warning;
import java.util.List;

/**
 * What every reader produces: the body in reading order and what the reader wants a reviewer to know.
 * The table engine, the extractors and the writers only ever see this.
 *
 * <p>{@code plainText} is the whole input read as plain paragraphs, for inputs whose tables were inferred from
 * text layout (pasted text): a table read from such text may be wrong, and the extractor weighs it against the
 * prose reading of the same lines. Readers of formats with real tables (DOCX, HTML, Tika dumps) leave it empty.
 */
public record Document(Format format, List<Block> blocks, List<Warning> warnings, List<Paragraph> plainText) {
    public Document {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
        plainText = List.copyOf(plainText);
    }

    public Document(Format format, List<Block> blocks, List<Warning> warnings) {
        this(format, blocks, warnings, List.of());
    }

    public Document(Format format, List<Block> blocks) {
        this(format, blocks, List.of(), List.of());
    }
}

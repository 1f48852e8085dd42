package io.planextract.doc;

import io.planextract.model.Warning;
import java.util.List;

/**
 * What every reader produces: the body in reading order and what the reader wants a reviewer to know.
 * The table engine, the extractors and the writers only ever see this.
 */
public record Document(Format format, List<Block> blocks, List<Warning> warnings) {
    public Document {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public Document(Format format, List<Block> blocks) {
        this(format, blocks, List.of());
    }
}

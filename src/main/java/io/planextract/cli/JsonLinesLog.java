package io.planextract.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.write.AtomicOutput;
import io.planextract.write.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A list the batch keeps beside its outputs, one JSON object a line ({@code --errors}, {@code --warnings}): written
 * through {@link AtomicOutput} like every output, so that it appears complete when the batch ends, or not at all.
 */
final class JsonLinesLog implements AutoCloseable {
    private final AtomicOutput output;

    private JsonLinesLog(AtomicOutput output) {
        this.output = output;
    }

    /** Opens {@code file}, sweeping what an interrupted run of this same file left. */
    static JsonLinesLog open(OpenOutputs outputs, Path file) throws IOException {
        OpenOutputs.sweepLeftovers(file);
        return new JsonLinesLog(outputs.open(file));
    }

    /** An empty line object, to be filled and then {@link #add}ed. */
    static ObjectNode line() {
        return Json.mapper().createObjectNode();
    }

    void add(ObjectNode line) throws IOException {
        output.stream().write(Json.mapper().writeValueAsBytes(line));
        output.stream().write('\n');
    }

    /** The batch ran to its end: the list is complete (possibly empty, which says "none"). */
    void commit() throws IOException {
        output.commit();
    }

    AtomicOutput output() {
        return output;
    }

    @Override
    public void close() throws IOException {
        output.close();
    }
}

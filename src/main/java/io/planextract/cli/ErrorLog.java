package io.planextract.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.write.AtomicOutput;
import io.planextract.write.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --errors FILE.jsonl}: every failed input as one JSON line ({@code path}, {@code stage}, {@code message}),
 * for a clerk's follow-up list or another tool. Written through {@link AtomicOutput} like every output.
 */
final class ErrorLog implements AutoCloseable {
    private final AtomicOutput output;

    private ErrorLog(AtomicOutput output) {
        this.output = output;
    }

    static ErrorLog open(OpenOutputs outputs, Path file) throws IOException {
        OpenOutputs.sweepLeftovers(file);
        return new ErrorLog(outputs.open(file));
    }

    void add(Outcome.Failed failed) throws IOException {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("path", failed.input().display());
        line.put("stage", failed.stage().name());
        line.put("message", failed.message());
        output.stream().write(Json.mapper().writeValueAsBytes(line));
        output.stream().write('\n');
    }

    /** The batch ran to its end: the list is complete (possibly empty, which says "no failures"). */
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

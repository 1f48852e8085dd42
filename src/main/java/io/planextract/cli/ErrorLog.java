package io.planextract.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.write.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --errors FILE.jsonl}: every failed input as one JSON line ({@code path}, {@code stage}, {@code message}),
 * for a clerk's follow-up list or another tool. Written through {@link AtomicOutput} like every output.
 */
final class ErrorLog implements AutoCloseable {
    private final JsonLinesLog log;

    private ErrorLog(JsonLinesLog log) {
        this.log = log;
    }

    static ErrorLog open(OpenOutputs outputs, Path file) throws IOException {
        return new ErrorLog(JsonLinesLog.open(outputs, file));
    }

    void add(Outcome.Failed failed) throws IOException {
        ObjectNode line = JsonLinesLog.line();
        line.put("path", failed.input().display());
        line.put("stage", failed.stage().name());
        line.put("message", failed.message());
        log.add(line);
    }

    /** The batch ran to its end: the list is complete (possibly empty, which says "no failures"). */
    void commit() throws IOException {
        log.commit();
    }

    AtomicOutput output() {
        return log.output();
    }

    @Override
    public void close() throws IOException {
        log.close();
    }
}

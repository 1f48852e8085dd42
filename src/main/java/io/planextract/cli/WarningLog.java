package io.planextract.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.write.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --warnings FILE.jsonl}: every warning of the run as one JSON line ({@code file}, {@code table},
 * {@code row}, {@code paragraph}, {@code line}, {@code code}, {@code message}; absent places are null), in input
 * order, so that a pipeline can route them or a clerk can sort them without opening each notice. Written through
 * {@link AtomicOutput} like every output: the file appears complete when the batch ends, or not at all.
 */
final class WarningLog {
    private final JsonLinesLog log;

    private WarningLog(JsonLinesLog log) {
        this.log = log;
    }

    static WarningLog open(OpenOutputs outputs, Path file) throws IOException {
        return new WarningLog(JsonLinesLog.open(outputs, file));
    }

    /** The warnings of one converted notice. */
    void add(NoticeResult result) throws IOException {
        for (Warning w : result.warnings()) {
            Origin o = w.origin() == null ? Origin.none() : w.origin();
            ObjectNode line = JsonLinesLog.line();
            line.put("file", result.source().path());
            line.put("table", o.table());
            line.put("row", o.row());
            line.put("paragraph", o.paragraph());
            line.put("line", o.line());
            line.put("code", w.code());
            line.put("message", w.message());
            log.add(line);
        }
    }

    /** The batch ran to its end: the list is complete (possibly empty, which says "no warnings"). */
    void commit() throws IOException {
        log.commit();
    }

    AtomicOutput output() {
        return log.output();
    }
}

package io.planextract.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSONL output: one task a line, ready to stream into another system. Each line is the task with its
 * {@code source} and the notice's fields (issuer, docNumber, title, date, addressees, cc, planYear) beside it, flat,
 * so that a line needs nothing else to be understood.
 */
public final class JsonlSink implements ResultSink {
    private final OutputStream out;

    public JsonlSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void accept(NoticeResult result) throws IOException {
        for (Task task : result.tasks()) {
            ObjectNode line = Json.mapper().createObjectNode();
            line.set("source", Json.mapper().valueToTree(result.source()));
            line.setAll((ObjectNode) Json.mapper().valueToTree(result.notice()));
            line.setAll((ObjectNode) Json.mapper().valueToTree(task));
            out.write(Json.mapper().writeValueAsBytes(line));
            out.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

}

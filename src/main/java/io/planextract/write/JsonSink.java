package io.planextract.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.planextract.model.NoticeResult;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON output: one document for a single notice, an array of documents for several. Results are streamed into
 * the array as they come; {@code asArray} is decided up front because the array brackets come first.
 */
public final class JsonSink implements ResultSink {
    private final JsonGenerator generator;
    private final boolean asArray;
    private boolean started;

    public JsonSink(OutputStream out, boolean asArray) throws IOException {
        this.generator = Json.mapper().getFactory().createGenerator(out);
        this.generator.setPrettyPrinter(new DefaultPrettyPrinter());
        this.asArray = asArray;
    }

    @Override
    public void accept(NoticeResult result) throws IOException {
        if (!asArray && started) {
            throw new IllegalStateException("a single JSON document holds one notice");
        }
        if (asArray && !started) {
            generator.writeStartArray();
        }
        started = true;
        Json.mapper().writeValue(generator, result);
    }

    @Override
    public void close() throws IOException {
        if (asArray) {
            if (!started) {
                generator.writeStartArray();
            }
            generator.writeEndArray();
        }
        generator.writeRaw('\n');
        generator.flush();
        generator.close();
    }
}

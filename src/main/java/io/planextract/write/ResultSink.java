package io.planextract.write;

import io.planextract.model.NoticeResult;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where converted notices go, one at a time and in order, so a batch never has to hold every result in memory.
 * {@link #close()} finishes the output; a sink that is not closed leaves its output unfinished, which is why
 * file targets are written through {@link AtomicOutput}.
 */
public interface ResultSink extends Closeable {
    void accept(NoticeResult result) throws IOException;
}

package io.planextract.read;

import io.planextract.doc.Document;

/**
 * Turns the bytes of one input into the document model. Implementations are stateless and thread-safe.
 */
public interface DocumentReader {
    Document read(byte[] content, ReadLimits limits) throws ReadException;
}

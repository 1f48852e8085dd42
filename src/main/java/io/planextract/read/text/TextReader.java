package io.planextract.read.text;

import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.read.DocumentReader;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;

/** Reads a text input: decodes it, then reads the Apache Tika dump layout (see {@link TikaDumpParser}). */
public final class TextReader implements DocumentReader {
    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        String text = TextDecoder.decode(content);
        return new Document(Format.TEXT, TikaDumpParser.parse(text, limits));
    }
}

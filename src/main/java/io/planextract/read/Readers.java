package io.planextract.read;

import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.read.text.TextReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads any supported input into the document model, choosing the reader by the file's content. */
public final class Readers {
    private Readers() {
    }

    /** The bytes of an input, refused beyond the size limit before anything is read. */
    public static byte[] load(Path path, ReadLimits limits) throws ReadException {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw new ReadException("the file is " + (size >> 20) + " MB; plan-extract reads files up to "
                        + (limits.maxFileBytes() >> 20) + " MB");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ReadException("the file does not exist");
        } catch (IOException e) {
            throw new ReadException("the file cannot be read: " + e.getMessage(), e);
        }
    }

    public static Document read(byte[] content, ReadLimits limits) throws ReadException {
        Format format = FormatSniffer.sniff(content);
        return readerFor(format).read(content, limits);
    }

    static DocumentReader readerFor(Format format) throws ReadException {
        return switch (format) {
            case TEXT -> new TextReader();
            default -> throw new ReadException("reading " + format.label() + " files is not supported yet");
        };
    }
}

package io.planextract.read;

import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.model.Warning;
import io.planextract.read.doc.DocReader;
import io.planextract.read.docx.DocxReader;
import io.planextract.read.html.HtmlReader;
import io.planextract.read.text.TextReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Reads an input whose file name is known: the content decides the format, and a name that promises another
     * format adds a {@code format-mismatch} warning (a DOCX saved as {@code .doc} is common and harmless, but a
     * reviewer should know what was actually read).
     */
    public static Document read(byte[] content, String fileName, ReadLimits limits) throws ReadException {
        Format format = FormatSniffer.sniff(content);
        Document document = readerFor(format).read(content, limits);
        return warnIfNameDisagrees(document, fileName);
    }

    /** The document with a {@code format-mismatch} warning added when {@code fileName} names another format. */
    public static Document warnIfNameDisagrees(Document document, String fileName) {
        return FormatSniffer.nameMismatch(fileName, document.format())
                .map(w -> {
                    List<Warning> warnings = new ArrayList<>();
                    warnings.add(w);
                    warnings.addAll(document.warnings());
                    return new Document(document.format(), document.blocks(), warnings, document.plainText());
                })
                .orElse(document);
    }

    static DocumentReader readerFor(Format format) {
        return switch (format) {
            case TEXT -> new TextReader();
            case DOCX -> new DocxReader();
            case DOC -> new DocReader();
            case HTML -> new HtmlReader();
        };
    }
}

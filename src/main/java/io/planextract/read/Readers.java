package io.planextract.read;

import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.model.Warning;
import io.planextract.read.doc.DocReader;
import io.planextract.read.docx.DocxReader;
import io.planextract.read.html.HtmlReader;
import io.planextract.read.pdf.PdfReader;
import io.planextract.read.ofd.OfdReader;
import io.planextract.read.sheet.SheetReader;
import io.planextract.read.text.TextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Reads any supported input into the document model, choosing the reader by the file's content. */
public final class Readers {
    private Readers() {
    }

    /**
     * The bytes of an input, refused beyond the size limit. The limit holds for every kind of file: a regular file
     * is refused by its size before anything is read, and anything else (a device such as {@code /dev/zero}, a
     * pipe) is read up to one byte past the limit and refused there. A named pipe (FIFO) is refused outright:
     * opening one waits for a writer that may never come. The pipes of a shell's process substitution
     * ({@code <(…)}, {@code /dev/fd/N}) have their writer already and are read with the bound.
     */
    public static byte[] load(Path path, ReadLimits limits) throws ReadException {
        long max = limits.maxFileBytes();
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ReadException("this is a folder, not a file");
            }
            if (attributes.isRegularFile() && attributes.size() > max) {
                throw new ReadException("the file is " + (attributes.size() >> 20) + " MB; plan-extract reads files"
                        + " up to " + (max >> 20) + " MB");
            }
            if (!attributes.isRegularFile() && isNamedPipe(path)) {
                throw new ReadException("this is a named pipe (FIFO), which may never end; plan-extract reads"
                        + " files (save what the pipe carries to a file first)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return load(in, limits);
            }
        } catch (NoSuchFileException e) {
            throw new ReadException("the file does not exist");
        } catch (IOException e) {
            throw new ReadException("the file cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The bytes of a stream (standard input), read up to one byte past the size limit and refused there, so that an
     * endless stream costs at most the limit. The stream is not closed.
     */
    public static byte[] load(InputStream in, ReadLimits limits) throws ReadException, IOException {
        long max = limits.maxFileBytes();
        byte[] content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
        if (content.length > max) {
            throw new ReadException("the input is larger than " + (max >> 20) + " MB, the most plan-extract reads");
        }
        return content;
    }

    private static boolean isNamedPipe(Path path) {
        String where = path.toAbsolutePath().normalize().toString();
        if (where.startsWith("/dev/fd/") || where.startsWith("/proc/self/fd/") || where.startsWith("/dev/stdin")) {
            return false;
        }
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer m && (m & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no such view (Windows): no FIFOs either
        }
    }

    public static Document read(byte[] content, ReadLimits limits) throws ReadException {
        Format format = FormatSniffer.sniff(content);
        return withTablesInParagraphs(format, readerFor(format).read(content, limits), limits);
    }

    /**
     * A page or a Word file without a table of its own may still hold one pasted as paragraphs: the text readings
     * look for it as they do in pasted text (text itself has had them).
     */
    private static Document withTablesInParagraphs(Format format, Document document, ReadLimits limits)
            throws ReadException {
        return format == Format.TEXT ? document : TextReader.withTablesInParagraphs(document, limits);
    }

    /**
     * Reads an input whose file name is known: the content decides the format, and a name that promises another
     * format adds a {@code format-mismatch} warning (a DOCX saved as {@code .doc} is common and harmless, but a
     * reviewer should know what was actually read).
     */
    public static Document read(byte[] content, String fileName, ReadLimits limits) throws ReadException {
        Format format = FormatSniffer.sniff(content);
        Document document = withTablesInParagraphs(format, readerFor(format).read(content, limits), limits);
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
            case PDF -> new PdfReader();
            case OFD -> new OfdReader();
            case XLSX, XLS -> new SheetReader();
        };
    }
}

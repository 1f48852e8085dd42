package io.planextract;

import io.planextract.doc.Document;
import io.planextract.extract.NoticeExtractor;
import io.planextract.model.NoticeResult;
import io.planextract.model.Source;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.Readers;
import io.planextract.read.StrictText;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The library's entry point: one notice in, its task records out.
 *
 * <pre>{@code
 * NoticeResult result = PlanExtractor.extract(Path.of("notice.docx"));
 * result.tasks().forEach(t -> System.out.println(t.task() + " → " + t.lead()));
 * }</pre>
 *
 * Instances are immutable and thread-safe; a batch may share one across threads.
 */
public final class PlanExtractor {
    private final ReadLimits limits;

    public PlanExtractor() {
        this(ReadLimits.DEFAULT);
    }

    public PlanExtractor(ReadLimits limits) {
        this.limits = limits;
    }

    /** Converts one input with the default limits. */
    public static NoticeResult extract(Path input) throws ExtractionException {
        return new PlanExtractor().convert(input);
    }

    /** Converts one input; {@code source.path} in the result is the path as given. */
    public NoticeResult convert(Path input) throws ExtractionException {
        byte[] content;
        try {
            content = Readers.load(input, limits);
        } catch (ReadException e) {
            throw new ExtractionException(ExtractionException.Stage.READ, e.getMessage(), e);
        }
        return convert(content, input.toString());
    }

    /** Converts the bytes of one input; {@code displayPath} names it in the result and in messages. */
    public NoticeResult convert(byte[] content, String displayPath) throws ExtractionException {
        Document document;
        try {
            document = StrictText.clean(Readers.read(content, displayPath, limits));
        } catch (ReadException e) {
            throw new ExtractionException(ExtractionException.Stage.READ, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExtractionException(ExtractionException.Stage.READ,
                    "the file could not be read (" + describe(e) + ")", e);
        }
        Source source = new Source(displayPath, document.format().label(), sha256(content));
        try {
            return NoticeExtractor.extract(document, source);
        } catch (RuntimeException e) {
            throw new ExtractionException(ExtractionException.Stage.EXTRACT,
                    "the tasks could not be read from this notice (" + describe(e) + ")", e);
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

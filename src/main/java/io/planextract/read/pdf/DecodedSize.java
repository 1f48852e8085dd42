package io.planextract.read.pdf;

import io.planextract.read.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/**
 * Bounds what a PDF's compressed streams inflate to, before PDFBox inflates any of them: PDFBox decodes a stream
 * whole into memory, so a few kilobytes of deflated zeros (a "PDF bomb") would take gigabytes. Every stream the
 * reader may decode (page contents, fonts, forms) is inflated here into nothing, counting, and the document is
 * refused as soon as the total passes the limit. Images are never decoded by this reader and are not counted.
 */
final class DecodedSize {
    private static final int CHUNK = 64 << 10;

    private DecodedSize() {
    }

    static void check(COSDocument document, long limit) throws ReadException, IOException {
        long total = 0;
        byte[] out = new byte[CHUNK];
        // Only objects stored at an offset: streams never sit inside object streams, and this way the objects
        // inside an object stream are not parsed (which would inflate it) before it is counted itself.
        for (Map.Entry<COSObjectKey, Long> e : Map.copyOf(document.getXrefTable()).entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                continue;
            }
            COSBase object = document.getObjectFromPool(e.getKey()).getObject();
            if (!(object instanceof COSStream stream) || isImage(stream) || !flateFirst(stream)) {
                continue;
            }
            total += inflated(stream, limit - total, out);
            if (total > limit) {
                throw new ReadException("this PDF's content inflates to more than " + (limit >> 20)
                        + " MB, far more than a notice; it was not read");
            }
        }
    }

    private static boolean isImage(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
    }

    private static boolean flateFirst(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSArray array) {
            filters = array.size() > 0 ? array.getObject(0) : null;
        }
        return COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters);
    }

    /** Bytes the stream inflates to, counted up to one past {@code budget}. A damaged stream counts what it gave. */
    private static long inflated(COSStream stream, long budget, byte[] out) throws IOException {
        Inflater inflater = new Inflater();
        long count = 0;
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] in = new byte[CHUNK];
            while (count <= budget) {
                if (inflater.needsInput()) {
                    int n = raw.read(in);
                    if (n < 0) {
                        break;
                    }
                    inflater.setInput(in, 0, n);
                }
                int produced = inflater.inflate(out);
                count += produced;
                if (inflater.finished() || (produced == 0 && !inflater.needsInput())) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            // not deflate data after all: PDFBox decides what to make of it
        } finally {
            inflater.end();
        }
        return count;
    }

}

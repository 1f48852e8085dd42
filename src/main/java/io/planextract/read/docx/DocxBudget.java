package io.planextract.read.docx;

import io.planextract.read.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The decompressed-size budget of one DOCX file, checked before POI opens it.
 *
 * <p>POI opens a package given as bytes by inflating every entry into memory, images and all, before the reader
 * asks for the one part it needs. Its zip-bomb guard only refuses entries that shrink more than 100 times, so a
 * 25 MB file of entries that shrink 80 times each holds 2 GB, and took that much heap. Counting the inflated bytes
 * first, into a small buffer and never kept, costs a pass over the file at the inflater's speed (a fraction of a
 * second for the whole budget) and refuses such a file before anything is kept.
 *
 * <p>A real notice inflates to a few MB: its text is a few hundred KB of XML, its images barely shrink.
 */
final class DocxBudget {

    /**
     * What the entries of one DOCX may inflate to beyond the file's own size: images and fonts barely shrink, so
     * they cost about what they weigh; text may grow by this much (four times the largest main part allowed).
     */
    static final long TEXT_ALLOWANCE = 64L << 20;

    private DocxBudget() {
    }

    /** The budget of a file of this size: its own size plus {@link #TEXT_ALLOWANCE}. */
    static long budget(long fileBytes) {
        return fileBytes + TEXT_ALLOWANCE;
    }

    static void check(byte[] content) throws ReadException {
        check(content, budget(content.length));
    }

    static void check(byte[] content, long budget) throws ReadException {
        byte[] buffer = new byte[64 << 10];
        long total = 0;
        // The same reader POI uses for a package in memory, so both see the same entries.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8",
                true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                total = count(zip, buffer, total, budget);
            }
        } catch (IOException | RuntimeException e) {
            // Not a ZIP this pass can follow: POI opens it next and says what is wrong with it.
        }
    }

    private static long count(InputStream entry, byte[] buffer, long total, long budget) throws IOException,
            ReadException {
        for (int n = entry.read(buffer); n > 0; n = entry.read(buffer)) {
            total += n;
            if (total > budget) {
                throw new ReadException("this DOCX file inflates to more than " + (budget >> 20) + " MB, far"
                        + " more than a notice (whose text inflates to a few MB); it was not read");
            }
        }
        return total;
    }
}

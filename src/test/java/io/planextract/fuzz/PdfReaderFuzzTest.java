package io.planextract.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.pdf.PdfReader;

/**
 * The PDF reader on arbitrary bytes, as {@link HtmlReaderFuzzTest}: nothing but a clear refusal may escape, and
 * small limits (10 pages, 16 MB inflated) keep every input cheap. Seeds: a page with a ruled table and a merged
 * cell made with PDFBox (read.pdf.PdfFixture), and a cut-off copy of it.
 */
class PdfReaderFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 200, 16, 64, 5_000, 10, 16 << 20);
    private static final PdfReader READER = new PdfReader();

    @FuzzTest(maxDuration = "2m")
    void pdfReader(byte[] input) {
        try {
            READER.read(input, LIMITS);
        } catch (ReadException expected) {
            // a clear refusal is a correct answer to bad input
        }
    }
}

package io.planextract.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.sheet.SheetReader;

/**
 * The workbook reader (XLSX and XLS) on arbitrary bytes, as {@link HtmlReaderFuzzTest}: a document or a
 * {@link ReadException}, nothing else. The seeds in {@code SheetReaderFuzzTestInputs/sheetReader/} are workbooks
 * LibreOffice made from a sample notice (scripts/make-fixtures-xlsx.sh), whole and truncated. A fuzzing run:
 * <pre>JAZZER_FUZZ=1 mvn -o test -Dtest=SheetReaderFuzzTest</pre>
 */
class SheetReaderFuzzTest {
    /** Small limits, so that the limit checks are explored too (8 sheets, 4 MB expanded). */
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 200, 16, 64, 5_000).withMaxSheets(8)
            .withMaxDecodedBytes(4L << 20);
    private static final SheetReader READER = new SheetReader();

    @FuzzTest(maxDuration = "2m")
    void sheetReader(byte[] input) {
        try {
            READER.read(input, LIMITS);
        } catch (ReadException expected) {
            // a clear refusal is a correct answer to bad input
        }
    }
}

package io.planextract.fuzz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.planextract.read.DocumentReader;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;

/**
 * The HTML reader on arbitrary bytes, as {@link TextReaderFuzzTest}. The reader is looked up by name so that this
 * test compiles before it exists and starts fuzzing it the day it lands (until then it is skipped).
 */
class HtmlReaderFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 200, 16, 64, 5_000);
    private static final DocumentReader READER = load();

    @FuzzTest(maxDuration = "2m")
    void htmlReader(byte[] input) {
        assumeTrue(READER != null, "io.planextract.read.html.HtmlReader is not there yet");
        try {
            READER.read(input, LIMITS);
        } catch (ReadException expected) {
            // a clear refusal is a correct answer to bad input
        }
    }

    private static DocumentReader load() {
        try {
            return (DocumentReader) Class.forName("io.planextract.read.html.HtmlReader").getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}

package io.planextract.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.text.TextReader;

/**
 * The text reader on arbitrary bytes: it either reads a document or refuses with a {@link ReadException}; any
 * other exception is a finding. {@code mvn test} replays the seeds in {@code TextReaderFuzzTestInputs/}; see
 * {@link PipelineFuzzTest} for a fuzzing run.
 */
class TextReaderFuzzTest {
    // Small limits so the fuzzer explores the limit checks too, not only large allocations.
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 200, 16, 64, 5_000);

    @FuzzTest(maxDuration = "2m")
    void textReader(byte[] input) {
        try {
            new TextReader().read(input, LIMITS);
        } catch (ReadException expected) {
            // a clear refusal is a correct answer to bad input
        }
    }
}

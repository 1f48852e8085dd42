package io.planextract.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.planextract.ExtractionException;
import io.planextract.PlanExtractor;
import io.planextract.read.ReadLimits;

/**
 * The whole pipeline on arbitrary bytes: {@link PlanExtractor#convert(byte[], String)} returns a result or throws
 * {@link ExtractionException}; nothing else may escape, whatever the format the bytes sniff as.
 *
 * <p>{@code mvn test} replays the seeds in {@code PipelineFuzzTestInputs/pipeline/} and the findings Jazzer kept
 * (regression mode, a second or two). A fuzzing run, for the time given:
 * <pre>JAZZER_FUZZ=1 mvn -o test -Dtest=PipelineFuzzTest -Djazzer.max_duration=10m</pre>
 */
class PipelineFuzzTest {
    private static final PlanExtractor EXTRACTOR = new PlanExtractor(new ReadLimits(1 << 20, 200, 16, 64, 5_000));

    @FuzzTest(maxDuration = "2m")
    void pipeline(byte[] input) {
        try {
            EXTRACTOR.convert(input, "fuzz-input");
        } catch (ExtractionException expected) {
            // a clear refusal is a correct answer to bad input
        }
    }
}

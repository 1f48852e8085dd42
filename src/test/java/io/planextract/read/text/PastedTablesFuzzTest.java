package io.planextract.read.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.nio.charset.StandardCharsets;

/**
 * The pasted-table readings on arbitrary text: every dialect, the scorer and the table builder either read the text
 * or refuse it with a {@link ReadException}; nothing else may escape. Seeds: notices of the real-notice set and
 * pasted forms ({@code PastedTablesFuzzTestInputs/pastedTables/}). Fuzzing: {@code docs/fuzzing.md}.
 */
class PastedTablesFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 200, 16, 64, 5_000);

    @FuzzTest(maxDuration = "2m")
    void pastedTables(byte[] input) {
        try {
            PastedTables.parse(new String(input, StandardCharsets.UTF_8), LIMITS);
        } catch (ReadException expected) {
            // a clear refusal (a limit) is a correct answer
        }
    }
}

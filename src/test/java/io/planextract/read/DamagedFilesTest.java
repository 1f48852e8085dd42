package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of real files (bytes flipped, files cut short) are either read or refused with a
 * {@link ReadException}; nothing else may escape a reader, since a batch must go on to the next file.
 */
class DamagedFilesTest {
    private static final ReadLimits LIMITS = new ReadLimits(1 << 24, 2_000, 64, 256, 200_000);

    @ParameterizedTest
    @ValueSource(strings = {"zhoucun-2025-task-breakdown.docx", "doc/zhoucun-2025-task-breakdown.doc",
        "zhoucun-2025-task-breakdown.html"})
    void damagedCopiesAreReadOrRefusedCleanly(String sample) {
        byte[] original = SampleDocuments.bytes(sample);
        Random random = new Random(sample.hashCode());
        for (int round = 0; round < 24; round++) {
            byte[] damaged = round % 4 == 0
                    ? Arrays.copyOf(original, random.nextInt(original.length))
                    : flip(original, random, 1 + random.nextInt(16));
            try {
                Readers.read(damaged, LIMITS);
            } catch (ReadException refused) {
                assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            } catch (RuntimeException | StackOverflowError e) {
                fail(sample + " round " + round + " escaped with " + e, e);
            }
        }
    }

    private static byte[] flip(byte[] original, Random random, int count) {
        byte[] copy = original.clone();
        for (int i = 0; i < count; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }
}

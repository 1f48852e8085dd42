package io.planextract.extract.prose;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose reader on arbitrary paragraphs: blocks, levels, markers, shared markers, document-wide notes and the
 * unit-first fallback give tasks and warnings; nothing may throw. Seeds: prose notices of the real-notice set
 * ({@code ProseFuzzTestInputs/prose/}). Fuzzing: {@code docs/fuzzing.md}.
 */
class ProseFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void prose(byte[] input) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", 2_000);
        List<ProseTasks.Para> paras = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                paras.add(new ProseTasks.Para(lines[i].strip(), paras.size() + 1, i + 1));
            }
        }
        ProseTasks.extract(paras, 2024);
    }
}

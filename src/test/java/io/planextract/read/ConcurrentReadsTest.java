package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.doc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The readers hold no shared mutable state: many threads reading at once get what one thread gets. */
class ConcurrentReadsTest {
    private static final List<String> SAMPLES = List.of("zhoucun-2025-task-breakdown.docx",
            "zhoucun-2025-task-breakdown.html", "doc/zhoucun-2025-task-breakdown.doc",
            "wenshang-2025-task-breakdown.docx", "wenshang-2025-task-breakdown.html",
            "doc/wenshang-2025-task-breakdown.doc");

    @Test
    void parallelReadsGiveTheSameDocuments() throws Exception {
        List<Document> expected = new ArrayList<>();
        for (String s : SAMPLES) {
            expected.add(Readers.read(SampleDocuments.bytes(s), ReadLimits.DEFAULT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String s : SAMPLES) {
                    byte[] bytes = SampleDocuments.bytes(s);
                    futures.add(pool.submit(() -> Readers.read(bytes, ReadLimits.DEFAULT)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % SAMPLES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

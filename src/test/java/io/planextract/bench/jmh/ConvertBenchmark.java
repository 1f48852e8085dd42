package io.planextract.bench.jmh;

import io.planextract.PlanExtractor;
import io.planextract.bench.NoticeFactory;
import io.planextract.bench.NoticeRenderer;
import io.planextract.bench.NoticeSpec;
import io.planextract.model.NoticeResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One whole conversion, bytes in, result out, for a 50-row notice in each format. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConvertBenchmark {
    @Param({"txt", "docx", "html"})
    String format;

    private byte[] content;
    private final PlanExtractor extractor = new PlanExtractor();

    @Setup
    public void setUp() {
        NoticeSpec spec = new NoticeFactory(50).notice(50);
        content = switch (format) {
            case "txt" -> NoticeRenderer.text(spec, StandardCharsets.UTF_8);
            case "docx" -> NoticeRenderer.docx(spec);
            default -> NoticeRenderer.html(spec, StandardCharsets.UTF_8);
        };
    }

    @Benchmark
    public NoticeResult convert() throws Exception {
        return extractor.convert(content, "bench." + format);
    }
}

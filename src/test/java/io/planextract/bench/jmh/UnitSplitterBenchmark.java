package io.planextract.bench.jmh;

import io.planextract.normalize.UnitSplitter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link UnitSplitter#split} on unit cells as they occur in the samples, from one unit to a long list. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UnitSplitterBenchmark {
    @Param({"single", "list", "brackets", "long"})
    String cell;

    private static final java.util.Map<String, String> CELLS = java.util.Map.of(
            "single", "区政府办公室",
            "list", "区自然资源局、区住房城乡建设局、区综合行政执法局、区人力资源社会保障局",
            "brackets", "区政府各部门、单位，各镇、街道（含周村经济开发区管委会，下同）",
            "long", "区政府办公室牵头，区发展改革局、区财政局及各镇政府、街道办事处，区教育和体育局等相关部门具体负责；"
                    + "区卫生健康局、区应急局、区市场监管局配合");

    @Benchmark
    public List<String> split() {
        return UnitSplitter.split(CELLS.get(cell));
    }
}

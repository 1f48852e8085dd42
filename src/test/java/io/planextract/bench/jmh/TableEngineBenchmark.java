package io.planextract.bench.jmh;

import io.planextract.bench.NoticeFactory;
import io.planextract.bench.NoticeRenderer;
import io.planextract.doc.Document;
import io.planextract.doc.Table;
import io.planextract.read.ReadLimits;
import io.planextract.read.text.TextReader;
import io.planextract.table.TableReader;
import io.planextract.table.TableReading;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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

/** The table engine alone ({@link TableReader#read}) on a generated task table already read into the model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TableEngineBenchmark {
    @Param({"50", "1000"})
    int rows;

    private Table table;

    @Setup
    public void setUp() throws Exception {
        byte[] text = NoticeRenderer.text(new NoticeFactory(rows).notice(rows), StandardCharsets.UTF_8);
        Document doc = new TextReader().read(text, ReadLimits.DEFAULT);
        table = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow();
    }

    @Benchmark
    public Optional<TableReading> readTable() {
        return TableReader.read(table, 1);
    }
}

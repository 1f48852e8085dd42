package io.planextract.write;

import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output, UTF-8, one row per task. Excel guesses a legacy code page unless the file starts with a byte-order
 * mark, so the mark is written unless the caller turns it off.
 */
public final class CsvSink implements ResultSink {
    private final CSVPrinter printer;
    private final boolean escapeFormulas;

    /** CSV whose formula-like cells are neutralised ({@link CsvCells}). */
    public CsvSink(OutputStream out, boolean byteOrderMark) throws IOException {
        this(out, byteOrderMark, true);
    }

    /** @param escapeFormulas whether cells that would start a formula get a leading {@code '} ({@link CsvCells}) */
    public CsvSink(OutputStream out, boolean byteOrderMark, boolean escapeFormulas) throws IOException {
        this.escapeFormulas = escapeFormulas;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build());
        printer.printRecord(CsvColumns.HEADER);
    }

    @Override
    public void accept(NoticeResult result) throws IOException {
        for (Task task : result.tasks()) {
            java.util.List<String> row = CsvColumns.row(result, task);
            printer.printRecord(escapeFormulas ? row.stream().map(CsvCells::neutralise).toList() : row);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}

package io.planextract.write;

import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output, UTF-8, one row per task. Excel guesses a legacy code page unless the file starts with a byte-order
 * mark, so the mark is written unless the caller turns it off.
 */
public final class CsvSink implements ResultSink {
    private final CSVPrinter printer;
    private final Labels labels;
    private final boolean escapeFormulas;

    /** With the contract's English column names (docs/OUTPUT.md) and formula-like cells neutralised. */
    public CsvSink(OutputStream out, boolean byteOrderMark) throws IOException {
        this(out, byteOrderMark, Labels.EN, true);
    }

    /**
     * @param labels         the words of the header and the deadline kinds ({@code --labels})
     * @param escapeFormulas whether cells that would start a formula get a leading {@code '} ({@link CsvCells});
     *                       off only for {@code --raw-csv}
     */
    public CsvSink(OutputStream out, boolean byteOrderMark, Labels labels, boolean escapeFormulas)
            throws IOException {
        this.labels = labels;
        this.escapeFormulas = escapeFormulas;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build());
        printer.printRecord(CsvColumns.header(labels));
    }

    @Override
    public void accept(NoticeResult result) throws IOException {
        for (Task task : result.tasks()) {
            List<String> row = CsvColumns.row(result, task, labels);
            printer.printRecord(escapeFormulas ? row.stream().map(CsvCells::neutralise).toList() : row);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}

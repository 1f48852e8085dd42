package io.planextract.cli;

import io.planextract.write.Labels;
import io.planextract.write.OutputFormat;
import io.planextract.write.ResultSink;
import io.planextract.write.OutputSinks;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Opens the sink for an output format: the one place the command meets the writers (as the service does). */
final class SinkOpener {
    private SinkOpener() {
    }

    static ResultSink open(OutputFormat format, OutputStream out, boolean several, boolean bom) throws IOException {
        return open(format, out, several, bom, false);
    }

    /** @param sheetPerNotice for XLSX: one sheet per notice instead of one for the whole run */
    static ResultSink open(OutputFormat format, OutputStream out, boolean several, boolean bom,
            boolean sheetPerNotice) throws IOException {
        return open(format, out, several, bom, sheetPerNotice, Optional.empty(), false);
    }

    /**
     * @param labels {@code --labels}; absent: Chinese for a workbook, the English contract for CSV
     * @param rawCsv CSV cells exactly as read, formula-like ones included ({@code --raw-csv})
     */
    static ResultSink open(OutputFormat format, OutputStream out, boolean several, boolean bom,
            boolean sheetPerNotice, Optional<Labels> labels, boolean rawCsv) throws IOException {
        return OutputSinks.open(format, out, several, bom, sheetPerNotice, labels, rawCsv);
    }
}

package io.planextract.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Opens the sink for any output format, workbooks included, with each format's default labels. The command line
 * and the HTTP service both open their outputs here, so that the same options give the same bytes.
 */
public final class OutputSinks {
    private OutputSinks() {
    }

    /**
     * @param several        whether more than one notice may go into this output (JSON then writes an array)
     * @param bom            whether CSV starts with a byte-order mark for Excel
     * @param sheetPerNotice for XLSX: one sheet per notice instead of one for the whole output
     * @param labels         the words of headings and kinds; absent: Chinese for a workbook, the English contract
     *                       for CSV
     * @param rawCsv         CSV cells exactly as read, formula-like ones included
     */
    public static ResultSink open(OutputFormat format, OutputStream out, boolean several, boolean bom,
            boolean sheetPerNotice, Optional<Labels> labels, boolean rawCsv) throws IOException {
        if (format == OutputFormat.XLSX) {
            return XlsxWriter.to(out, new XlsxWriter.Options(sheetPerNotice, labels.orElse(Labels.ZH)));
        }
        return Sinks.open(format, out, several, bom, labels.orElse(Labels.EN), !rawCsv);
    }
}

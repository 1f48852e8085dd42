package io.planextract.write;

import java.io.IOException;
import java.io.OutputStream;

/** Opens the sink for a text output format. XLSX is a workbook, not a stream, and has its own writer. */
public final class Sinks {
    private Sinks() {
    }

    /**
     * @param several whether more than one notice may go into this output (JSON then writes an array)
     * @param bom     whether CSV starts with a byte-order mark for Excel
     */
    public static ResultSink open(OutputFormat format, OutputStream out, boolean several, boolean bom)
            throws IOException {
        return open(format, out, several, bom, Labels.EN, true);
    }

    /**
     * @param labels         the words of the CSV header and deadline kinds (JSON and JSONL keep their keys)
     * @param escapeFormulas whether CSV cells that would start a formula get a leading {@code '} ({@link CsvCells})
     */
    public static ResultSink open(OutputFormat format, OutputStream out, boolean several, boolean bom, Labels labels,
            boolean escapeFormulas) throws IOException {
        return switch (format) {
            case JSON -> new JsonSink(out, several);
            case JSONL -> new JsonlSink(out);
            case CSV -> new CsvSink(out, bom, labels, escapeFormulas);
            case XLSX -> throw new IllegalArgumentException("XLSX is written by its own writer, not as a stream");
        };
    }
}

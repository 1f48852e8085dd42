package io.planextract.cli;

import io.planextract.write.OutputFormat;
import io.planextract.write.ResultSink;
import io.planextract.write.Sinks;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Opens the sink for an output format. The one place the command meets the writers, so that the spreadsheet
 * writer plugs in here when it lands.
 */
final class SinkOpener {
    private SinkOpener() {
    }

    /** Whether the format can be written by this build (checked before a batch starts: a usage error otherwise). */
    static boolean available(OutputFormat format) {
        // Hook for io.planextract.write.XlsxWriter (a streaming ResultSink): return true for XLSX and open it below.
        return format != OutputFormat.XLSX;
    }

    static ResultSink open(OutputFormat format, OutputStream out, boolean several, boolean bom) throws IOException {
        if (format == OutputFormat.XLSX) {
            // Hook: return new io.planextract.write.XlsxWriter(out, ...) once it exists.
            throw new IllegalStateException("XLSX output is not available yet");
        }
        return Sinks.open(format, out, several, bom);
    }
}

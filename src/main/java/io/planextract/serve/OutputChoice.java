package io.planextract.serve;

import io.planextract.model.NoticeResult;
import io.planextract.write.Labels;
import io.planextract.write.OutputFormat;
import io.planextract.write.OutputSinks;
import io.planextract.write.ResultSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.util.Fields;

/**
 * The output a client asked for: {@code ?format=} first, else its {@code Accept} header, else JSON; and
 * {@code ?labels=} for CSV and XLSX. Rendering goes through {@link OutputSinks} with the command line's defaults
 * (CSV with its byte-order mark, formula-like cells escaped), so a notice comes out as the same bytes as
 * {@code plan-extract notice --format F -o out.F}.
 */
record OutputChoice(OutputFormat format, Optional<Labels> labels) {
    static final String ZIP = "application/zip";

    static OutputChoice of(Fields query, String accept) {
        return new OutputChoice(format(query.getValue("format"), accept), labels(query.getValue("labels")));
    }

    /** The media type of a format's bytes. */
    static String mediaType(OutputFormat format) {
        return switch (format) {
            case JSON -> "application/json";
            case JSONL -> "application/x-ndjson";
            case CSV -> "text/csv; charset=utf-8";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }

    String mediaType() {
        return mediaType(format);
    }

    /** One notice's output, as the command line writes it for that notice alone. */
    byte[] render(NoticeResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 << 10);
        try (ResultSink sink = OutputSinks.open(format, bytes, false, true, false, labels, false)) {
            sink.accept(result);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory output cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static OutputFormat format(String asked, String accept) {
        if (asked != null) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.extension().equalsIgnoreCase(asked.strip())) {
                    return f;
                }
            }
            throw ApiError.badRequest("'" + asked + "' is not an output format; use json, jsonl, csv or xlsx");
        }
        if (accept == null || accept.isBlank()) {
            return OutputFormat.JSON;
        }
        // The first type of the header that names a format wins; wildcards mean the default.
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            switch (type) {
                case "application/json", "*/*", "application/*" -> {
                    return OutputFormat.JSON;
                }
                case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> {
                    return OutputFormat.JSONL;
                }
                case "text/csv", "text/*" -> {
                    return OutputFormat.CSV;
                }
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> {
                    return OutputFormat.XLSX;
                }
                default -> {
                    // a type we do not make: look further
                }
            }
        }
        throw new ApiError(406, "not-acceptable", "none of the types in Accept is one plan-extract writes; use"
                + " application/json, application/x-ndjson, text/csv or the XLSX type, or ?format=", null);
    }

    private static Optional<Labels> labels(String asked) {
        if (asked == null) {
            return Optional.empty();
        }
        return Optional.of(Labels.named(asked.strip()).orElseThrow(() -> ApiError.badRequest(
                "'" + asked + "' is not a label language; use en or zh")));
    }
}

package io.planextract.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.ExtractionException;
import io.planextract.write.Json;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request the service answers with an error: its HTTP status, a stable code for programs, the clerk-readable
 * message (for a notice, the one the command line prints) and the pipeline stage, when a notice failed in one.
 * Thrown anywhere below the router, which turns it into {@code {"error": {"code", "message", "stage"}}}.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String stage;

    public ApiError(int status, String code, String message, String stage) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.stage = stage;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad-request", message, null);
    }

    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "too-large", "the upload is larger than " + MiB.of(limit)
                + ", the most this service accepts", null);
    }

    public static ApiError busy() {
        return new ApiError(503, "busy", "every worker is busy and the queue is full; try again shortly", null);
    }

    public static ApiError timedOut(long seconds) {
        return new ApiError(504, "timeout", "the notice took longer than " + seconds + " s to convert and was"
                + " given up", "extract");
    }

    /** A notice that could not be converted: the command line's message and stage. */
    public static ApiError unreadable(ExtractionException e) {
        return new ApiError(422, "unreadable", e.getMessage(), e.stage().name().toLowerCase(Locale.ROOT));
    }

    /** Content that is not a notice in any format plan-extract reads. */
    public static ApiError notANotice(String message) {
        return new ApiError(415, "not-a-notice", message, "read");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The stage that failed, lower case ({@code read}, {@code extract}); null when no notice was reached. */
    public String stage() {
        return stage;
    }

    /** The error document, one line of JSON. */
    public byte[] body() {
        ObjectNode error = Json.mapper().createObjectNode();
        error.put("code", code);
        error.put("message", getMessage());
        if (stage == null) {
            error.putNull("stage");
        } else {
            error.put("stage", stage);
        }
        ObjectNode root = Json.mapper().createObjectNode();
        root.set("error", error);
        return (root.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Sizes in messages, as a clerk reads them. */
    static final class MiB {
        private MiB() {
        }

        static String of(long bytes) {
            return bytes >= (1 << 20) && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
        }
    }
}

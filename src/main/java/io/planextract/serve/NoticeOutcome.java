package io.planextract.serve;

import io.planextract.ExtractionException;
import io.planextract.model.NoticeResult;
import io.planextract.read.FormatSniffer;
import io.planextract.read.ReadException;
import java.util.function.Function;

/** What became of one uploaded notice: its result and rendered output, or the error to answer with. */
sealed interface NoticeOutcome {
    String name();

    record Converted(String name, NoticeResult result, byte[] output) implements NoticeOutcome {
    }

    record Failed(String name, ApiError error) implements NoticeOutcome {
    }

    /**
     * Converts and renders one notice; runs on a worker. Content in no format plan-extract reads is 415, a notice
     * it cannot read 422 with the command line's message, and nothing escapes as an exception.
     */
    static NoticeOutcome of(Workers.Conversion conversion, Upload upload, Function<NoticeResult, byte[]> render) {
        byte[] content = upload.content();
        if (content.length == 0) {
            return new Failed(upload.name(), new ApiError(400, "empty", "the upload is empty: no notice was sent",
                    null));
        }
        try {
            FormatSniffer.sniff(content);
        } catch (ReadException e) {
            return new Failed(upload.name(), ApiError.notANotice(e.getMessage()));
        } catch (RuntimeException e) {
            // The sniffer's own trouble with damaged content: the reader says what it is below.
        }
        try {
            NoticeResult result = conversion.convert(content, upload.name());
            return new Converted(upload.name(), result, render.apply(result));
        } catch (ExtractionException e) {
            return new Failed(upload.name(), ApiError.unreadable(e));
        } catch (StackOverflowError e) {
            return new Failed(upload.name(), new ApiError(422, "unreadable", "the file is nested too deeply to be"
                    + " read", "read"));
        } catch (OutOfMemoryError e) {
            return new Failed(upload.name(), new ApiError(422, "unreadable", "the file needs more memory than"
                    + " plan-extract has (run it with a larger -Xmx, or split the file)", "extract"));
        } catch (RuntimeException e) {
            return new Failed(upload.name(), new ApiError(500, "internal", "plan-extract failed on this file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); please report it with the file", "extract"));
        }
    }
}

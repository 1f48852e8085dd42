package io.planextract.serve;

import io.planextract.report.ReviewPageWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.eclipse.jetty.http.HttpHeader;

/** {@code POST /v1/extract} (one notice in the chosen format) and {@code POST /v1/report} (the review page). */
final class NoticeEndpoints {
    /** The page's title, as the command line's {@code --report} gives it. */
    static final String REPORT_TITLE = "任务分解表审阅";

    private final Conversions conversions;
    private final ServeOptions options;

    NoticeEndpoints(Conversions conversions, ServeOptions options) {
        this.conversions = conversions;
        this.options = options;
    }

    void extract(Exchange x) throws IOException {
        OutputChoice choice = OutputChoice.of(x.query(), x.header(HttpHeader.ACCEPT));
        try (Workers.Pass pass = conversions.workers().admit()) {
            Upload upload = Uploads.one(x.request(), x.query(), options.maxBodyBytes(), pass);
            NoticeOutcome outcome = conversions.await(conversions.start(pass, upload, choice::render), upload.name());
            if (outcome instanceof NoticeOutcome.Failed f) {
                throw f.error();
            }
            x.send(200, choice.mediaType(), ((NoticeOutcome.Converted) outcome).output());
        }
    }

    /** The page for every notice sent, in the order sent; a notice that cannot be read fails the page. */
    void report(Exchange x) throws IOException {
        try (Workers.Pass pass = conversions.workers().admit()) {
            List<Upload> uploads = Uploads.all(x.request(), x.query(), options.maxBodyBytes(), pass);
            if (uploads.isEmpty()) {
                throw ApiError.badRequest("the form holds no file");
            }
            List<Future<NoticeOutcome>> started = new ArrayList<>();
            for (Upload upload : uploads) {
                started.add(conversions.start(pass, upload, result -> null));
            }
            ByteArrayOutputStream page = new ByteArrayOutputStream(64 << 10);
            try (ReviewPageWriter writer = ReviewPageWriter.to(page, REPORT_TITLE)) {
                for (int i = 0; i < uploads.size(); i++) {
                    NoticeOutcome outcome = conversions.await(started.get(i), uploads.get(i).name());
                    if (outcome instanceof NoticeOutcome.Failed f) {
                        started.forEach(s -> s.cancel(true));
                        throw uploads.size() == 1 ? f.error() : new ApiError(f.error().status(), f.error().code(),
                                f.name() + ": " + f.error().getMessage(), f.error().stage());
                    }
                    writer.accept(((NoticeOutcome.Converted) outcome).result());
                }
            }
            x.send(200, "text/html; charset=utf-8", page.toByteArray());
        }
    }
}

package io.planextract.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * Reads the notices a request carries: the raw body, or the file parts of a {@code multipart/form-data} body
 * (parsed by Jetty, with its size and part limits). Every read is bounded: a declared length over the limit is
 * refused before a byte is read (413), and a body that turns out longer is refused when it passes the limit.
 * A body that ends before its declared length is a bad request (400).
 */
final class Uploads {
    /** Parts of one form: a review page of a few dozen notices, and the form's other fields. */
    private static final int MAX_PARTS = 200;
    /** Form boundaries and part headers around the files. */
    private static final long FORM_OVERHEAD = 1L << 20;

    private Uploads() {
    }

    /** Exactly one notice: the body, or the one file of a form. */
    static Upload one(Request request, Fields query, long max, Workers.Pass pass) {
        List<Upload> uploads = all(request, query, max, pass);
        if (uploads.size() != 1) {
            throw ApiError.badRequest("send one notice (the form holds " + uploads.size() + " files); several go to"
                    + " /v1/batch as a ZIP");
        }
        return uploads.get(0);
    }

    /** One notice as the body, or every file of a form, in the order sent. */
    static List<Upload> all(Request request, Fields query, long max, Workers.Pass pass) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        long allowed = isForm(type) ? max + FORM_OVERHEAD : max;
        refuseDeclaredOver(request, allowed, max);
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        pass.reserve(declared >= 0 ? declared : allowed); // a body of unknown length may be as long as allowed
        if (isForm(type)) {
            return formFiles(request, type, max);
        }
        String name = query.getValue("name");
        return List.of(new Upload(body(request, max), name == null ? Upload.nameFor(type) : Upload.checkedName(name)));
    }

    /**
     * The body, or the one file of a form, copied into {@code target}: a batch's ZIP is read from a file, so
     * that its size never has to fit in memory. Returns the bytes copied.
     */
    static long copyTo(Request request, long max, Path target) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        refuseDeclaredOver(request, isForm(type) ? max + FORM_OVERHEAD : max, max);
        if (!isForm(type)) {
            try (InputStream in = Content.Source.asInputStream(request)) {
                return copyBounded(in, target, max);
            } catch (IOException e) {
                throw truncated(e);
            }
        }
        MultiPartFormData.Parts parts = parse(request, type, max, 1 << 20, target.getParent());
        try (parts) {
            List<MultiPart.Part> files = fileParts(parts);
            if (files.size() != 1) {
                throw ApiError.badRequest("send one ZIP file (the form holds " + files.size() + " files)");
            }
            try (InputStream in = Content.Source.asInputStream(files.get(0).createContentSource())) {
                return copyBounded(in, target, max);
            } catch (IOException e) {
                throw truncated(e);
            }
        }
    }

    static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void refuseDeclaredOver(Request request, long allowed, long limit) {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > allowed) {
            throw ApiError.tooLarge(limit);
        }
    }

    private static byte[] body(Request request, long max) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (content.length > max) {
                throw ApiError.tooLarge(max);
            }
            return content;
        } catch (IOException e) {
            throw truncated(e);
        }
    }

    private static List<Upload> formFiles(Request request, String type, long max) {
        // Parts up to the whole limit stay in memory: nothing of a notice is written to disk.
        try (MultiPartFormData.Parts parts = parse(request, type, max, max, null)) {
            List<Upload> uploads = new ArrayList<>();
            for (MultiPart.Part part : fileParts(parts)) {
                String name = part.getFileName() == null || part.getFileName().isBlank() ? "upload"
                        : Upload.checkedName(part.getFileName());
                try (InputStream in = Content.Source.asInputStream(part.createContentSource())) {
                    uploads.add(new Upload(in.readAllBytes(), name));
                } catch (IOException e) {
                    throw truncated(e);
                }
            }
            return uploads;
        }
    }

    /** The parts that carry a file: those with a file name, or the one named {@code file}. */
    private static List<MultiPart.Part> fileParts(MultiPartFormData.Parts parts) {
        List<MultiPart.Part> files = new ArrayList<>();
        for (MultiPart.Part part : parts) {
            if (part.getFileName() != null || "file".equals(part.getName())) {
                files.add(part);
            }
        }
        return files;
    }

    private static MultiPartFormData.Parts parse(Request request, String type, long max, long inMemory, Path spill) {
        MultiPartConfig.Builder config = new MultiPartConfig.Builder().maxParts(MAX_PARTS).maxPartSize(max)
                .maxSize(max + FORM_OVERHEAD).maxMemoryPartSize(inMemory);
        if (spill != null) {
            config.location(spill); // Jetty's own temporary files, deleted when the parts are closed
        }
        try {
            return MultiPartFormData.getParts(request, request, type, config.build());
        } catch (RuntimeException e) {
            if (Request.getContentBytesRead(request) > max || mentionsSize(e)) {
                throw ApiError.tooLarge(max);
            }
            throw ApiError.badRequest("the form could not be read (" + rootMessage(e) + ")");
        }
    }

    private static boolean mentionsSize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("max") && m.toLowerCase(Locale.ROOT).contains("size")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static long copyBounded(InputStream in, Path target, long max) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 << 10];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > max) {
                    throw ApiError.tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** The body broke off: the client sent less than it declared, or went away. */
    private static ApiError truncated(IOException e) {
        return new ApiError(400, "truncated", "the upload ended before it was complete (" + e.getClass()
                .getSimpleName() + ")", null);
    }
}

package io.planextract.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planextract.write.Json;
import io.planextract.write.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jetty.http.HttpHeader;

/**
 * {@code POST /v1/batch}: a ZIP of notices in, and out either JSONL streamed as each notice finishes (the
 * command line's {@code --format jsonl} lines, and one error line for each notice that failed) or, with
 * {@code Accept: application/zip} or {@code ?output=zip}, a ZIP of one output per notice plus {@code errors.jsonl}.
 * A notice that fails never fails the batch. The upload is kept in a temporary file for the request and removed
 * after it, whatever happens.
 */
final class BatchEndpoint {
    static final String ERRORS_ENTRY = "errors.jsonl";

    private final Conversions conversions;
    private final ServeOptions options;

    BatchEndpoint(Conversions conversions, ServeOptions options) {
        this.conversions = conversions;
        this.options = options;
    }

    void handle(Exchange x) throws IOException {
        boolean zipped = "zip".equalsIgnoreCase(x.query().getValue("output"))
                || Optional.ofNullable(x.header(HttpHeader.ACCEPT)).orElse("").toLowerCase(Locale.ROOT)
                        .contains(OutputChoice.ZIP);
        OutputChoice choice = zipped ? OutputChoice.of(x.query(), null)
                : new OutputChoice(OutputFormat.JSONL, Optional.empty());
        if (!zipped && x.query().getValue("format") != null
                && !"jsonl".equalsIgnoreCase(x.query().getValue("format").strip())) {
            throw ApiError.badRequest("a batch streams JSONL; for json, csv or xlsx files ask for a ZIP of outputs"
                    + " (Accept: application/zip or ?output=zip)");
        }
        try (Workers.Pass pass = conversions.workers().admit()) {
            Path upload = Files.createTempFile("plan-extract-batch-", ".zip");
            try {
                Uploads.copyTo(x.request(), options.maxBatchBytes(), upload);
                try (BatchArchive archive = BatchArchive.open(upload, options.limits().maxFileBytes())) {
                    if (zipped) {
                        try (ZipOutputStream out = new ZipOutputStream(x.stream(200, OutputChoice.ZIP))) {
                            run(pass, archive, choice, new ZipTarget(out, outputNames(archive.names(),
                                    choice.format())));
                        }
                    } else {
                        try (OutputStream out = x.stream(200, OutputChoice.mediaType(OutputFormat.JSONL))) {
                            run(pass, archive, choice, new JsonlTarget(out));
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(upload);
            }
        }
    }

    /**
     * Converts every entry, at most one per worker at a time for this request, writing each outcome as it
     * arrives. A notice past the time limit is given up and written as its error.
     */
    private void run(Workers.Pass pass, BatchArchive archive, OutputChoice choice, Target target) throws IOException {
        BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
        Map<Long, Pending> pending = new LinkedHashMap<>();
        int window = Math.max(1, options.workers());
        long ids = 0;
        Iterator<BatchArchive.Entry> entries = archive.iterator();
        try {
            while (entries.hasNext() || !pending.isEmpty()) {
                while (entries.hasNext() && pending.size() < window) {
                    BatchArchive.Entry entry = entries.next();
                    if (entry.error() != null) {
                        NoticeOutcome refused = new NoticeOutcome.Failed(entry.name(), entry.error());
                        conversions.count(refused);
                        target.write(refused);
                        continue;
                    }
                    long id = ids++;
                    Pending p = new Pending(entry.name());
                    Upload upload = new Upload(entry.content(), entry.name());
                    p.future = pass.submit(() -> {
                        p.started.set(System.nanoTime());
                        NoticeOutcome outcome = NoticeOutcome.of(conversionOf(), upload, choice::render);
                        finished.add(new Finished(id, outcome));
                        return outcome;
                    });
                    pending.put(id, p);
                }
                if (pending.isEmpty()) {
                    continue;
                }
                Finished done = finished.poll(100, TimeUnit.MILLISECONDS);
                if (done != null && pending.remove(done.id()) != null) {
                    conversions.count(done.outcome());
                    target.write(done.outcome());
                }
                giveUpOverdue(pending, target);
            }
            target.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the batch was interrupted", e);
        } finally {
            // The client went away or the stream failed: what is still running is of no use to anyone.
            pending.values().forEach(p -> p.future.cancel(true));
        }
    }

    private void giveUpOverdue(Map<Long, Pending> pending, Target target) throws IOException {
        long limit = conversions.timeout().toNanos();
        long now = System.nanoTime();
        Iterator<Pending> it = pending.values().iterator();
        while (it.hasNext()) {
            Pending p = it.next();
            long started = p.started.get();
            if (started != 0 && now - started > limit && !p.future.isDone()) {
                p.future.cancel(true);
                it.remove();
                NoticeOutcome late = new NoticeOutcome.Failed(p.name, ApiError.timedOut(
                        conversions.timeout().toSeconds()));
                conversions.count(late);
                target.write(late);
            }
        }
    }

    private Workers.Conversion conversionOf() {
        return conversions.conversion();
    }

    /** A notice on the pool: when a worker took it up (0 while it waits). */
    private static final class Pending {
        final String name;
        final AtomicLong started = new AtomicLong();
        volatile Future<NoticeOutcome> future;

        Pending(String name) {
            this.name = name;
        }
    }

    private record Finished(long id, NoticeOutcome outcome) {
    }

    /** Where outcomes go as they arrive. */
    private interface Target {
        void write(NoticeOutcome outcome) throws IOException;

        void finish() throws IOException;
    }

    /** An error line: the notice's name where a task line has its {@code source}, and the error document. */
    static byte[] errorLine(NoticeOutcome.Failed failed) {
        ObjectNode source = Json.mapper().createObjectNode();
        source.put("path", failed.name());
        ObjectNode line = Json.mapper().createObjectNode();
        line.set("source", source);
        line.set("error", Json.mapper().valueToTree(errorFields(failed.error())));
        return (line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> errorFields(ApiError error) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", error.code());
        fields.put("message", error.getMessage());
        fields.put("stage", error.stage());
        return fields;
    }

    private static final class JsonlTarget implements Target {
        private final OutputStream out;

        JsonlTarget(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(NoticeOutcome outcome) throws IOException {
            out.write(outcome instanceof NoticeOutcome.Converted c ? c.output()
                    : errorLine((NoticeOutcome.Failed) outcome));
            out.flush(); // each notice reaches the client as it finishes
        }

        @Override
        public void finish() {
            // the stream's close ends the response
        }
    }

    /**
     * The output name of each entry, decided before anything runs so that it does not depend on which notice
     * finishes first, by the command line's rule for {@code -o DIR/}: {@code 2025/a.docx} → {@code 2025/a.json};
     * when two entries share a stem ({@code a.txt}, {@code a.docx}) each keeps its extension ({@code a.txt.json}),
     * and a counter settles whatever is left. {@code errors.jsonl} is reserved.
     */
    static Map<String, String> outputNames(List<String> names, OutputFormat format) {
        String extension = "." + format.extension();
        Map<String, Integer> byStem = new HashMap<>();
        names.forEach(n -> byStem.merge(stem(n).toLowerCase(Locale.ROOT), 1, Integer::sum));
        Set<String> taken = new HashSet<>(Set.of(ERRORS_ENTRY));
        Map<String, String> outputs = new HashMap<>();
        for (String name : names) {
            String base = byStem.get(stem(name).toLowerCase(Locale.ROOT)) > 1 ? name : stem(name);
            String candidate = base + extension;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = base + "-" + n + extension;
            }
            outputs.putIfAbsent(name, candidate);
        }
        return outputs;
    }

    private static String stem(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /** One output per notice, named after it; the errors, one JSON line each, in {@code errors.jsonl} at the end. */
    private static final class ZipTarget implements Target {
        private final ZipOutputStream out;
        private final Map<String, String> names;
        private final StringBuilder errors = new StringBuilder();

        ZipTarget(ZipOutputStream out, Map<String, String> names) {
            this.out = out;
            this.names = names;
        }

        @Override
        public void write(NoticeOutcome outcome) throws IOException {
            if (outcome instanceof NoticeOutcome.Failed f) {
                errors.append(new String(errorLine(f), StandardCharsets.UTF_8));
                return;
            }
            out.putNextEntry(new ZipEntry(names.get(outcome.name())));
            out.write(((NoticeOutcome.Converted) outcome).output());
            out.closeEntry();
            out.flush();
        }

        @Override
        public void finish() throws IOException {
            out.putNextEntry(new ZipEntry(ERRORS_ENTRY));
            out.write(errors.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}

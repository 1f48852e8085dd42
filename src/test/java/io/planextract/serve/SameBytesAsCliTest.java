package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.write.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's outputs are the command line's, byte for byte, for every sample in every format. */
class SameBytesAsCliTest {
    private static TestServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void jsonJsonlAndCsvOfEachSampleAreTheCommandsStandardOutput() throws Exception {
        for (Path sample : TestServer.samples()) {
            byte[] content = Files.readAllBytes(sample);
            for (String format : List.of("json", "jsonl", "csv")) {
                HttpResponse<byte[]> response = server.post("/v1/extract?format=" + format + "&name=" + sample,
                        content);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).as(sample + " as " + format)
                        .isEqualTo(TestServer.cli(sample.toString(), "--format", format));
            }
        }
    }

    @Test
    void chineseLabelledCsvIsTheCommandsWithLabelsZh() throws Exception {
        Path sample = TestServer.SAMPLES.resolve("zhoucun-2025-task-breakdown.docx");
        HttpResponse<byte[]> response = server.post("/v1/extract?format=csv&labels=zh&name=" + sample,
                Files.readAllBytes(sample));
        assertThat(response.body()).isEqualTo(TestServer.cli(sample.toString(), "--format", "csv", "--labels", "zh"));
    }

    @Test
    void aWorkbookHoldsTheSamePartsAsTheCommands() throws Exception {
        for (Path sample : TestServer.samples()) {
            Path out = tmp.resolve(sample.getFileName() + ".xlsx");
            TestServer.cli(sample.toString(), "-o", out.toString());
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/extract?name=" + sample))
                    .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .POST(HttpRequest.BodyPublishers.ofFile(sample)));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(parts(response.body())).as(sample.toString()).isEqualTo(parts(Files.readAllBytes(out)))
                    .containsKey("xl/worksheets/sheet1.xml");
        }
    }

    @Test
    void theReviewPageIsTheOneReportWrites() throws Exception {
        Path sample = TestServer.SAMPLES.resolve("wenshang-2025-task-breakdown.html");
        Path page = tmp.resolve("page.html");
        TestServer.cli(sample.toString(), "--report", page.toString());
        HttpResponse<byte[]> response = server.post("/v1/report?name=" + sample, Files.readAllBytes(sample));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).isEqualTo(Files.readAllBytes(page));
    }

    @Test
    void aReviewPageOfSeveralNoticesIsTheCommandsForThemInTheOrderSent() throws Exception {
        Path a = TestServer.SAMPLES.resolve("linzi-2025-key-points.txt");
        Path b = TestServer.SAMPLES.resolve("zhoucun-2025-task-breakdown.docx");
        Path page = tmp.resolve("page.html");
        TestServer.cli(a.toString(), b.toString(), "--report", page.toString());
        Multipart form = new Multipart().file("file", a.toString(), Files.readAllBytes(a))
                .file("file", b.toString(), Files.readAllBytes(b));
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/report"))
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Files.readAllBytes(page));
    }

    @Test
    void aMultipartUploadGivesTheSameBytesAsTheRawBody() throws Exception {
        Path sample = TestServer.SAMPLES.resolve("zhoucun-2025-task-breakdown.docx");
        Multipart form = new Multipart().file("file", sample.toString(), Files.readAllBytes(sample));
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/extract"))
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(TestServer.cli(sample.toString()));
    }

    @Test
    void aBatchStreamsEachNoticesJsonlLinesAsTheCommandWritesThem() throws Exception {
        List<Path> samples = TestServer.samples();
        HttpResponse<byte[]> response = server.post("/v1/batch", zipOf(samples));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, ByteArrayOutputStream> byNotice = new LinkedHashMap<>();
        for (String line : TestServer.text(response).split("(?<=\n)")) {
            String path = Json.mapper().readTree(line).get("source").get("path").asText();
            byNotice.computeIfAbsent(path, p -> new ByteArrayOutputStream())
                    .writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        for (Path sample : samples) {
            assertThat(byNotice.get(sample.toString()).toByteArray()).as(sample.toString())
                    .isEqualTo(TestServer.cli(sample.toString(), "--format", "jsonl"));
        }
    }

    @Test
    void aZipOfOutputsHoldsTheCommandsOutputForEachNotice() throws Exception {
        List<Path> samples = TestServer.samples();
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/batch?format=csv"))
                .header("Accept", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zipOf(samples))));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(response.body());
        assertThat(entries.get(BatchEndpoint.ERRORS_ENTRY)).isEmpty();
        Map<String, String> names = BatchEndpoint.outputNames(samples.stream().map(Path::toString).toList(),
                io.planextract.write.OutputFormat.CSV);
        for (Path sample : samples) {
            assertThat(entries.get(names.get(sample.toString()))).as(sample.toString())
                    .isEqualTo(TestServer.cli(sample.toString(), "--format", "csv"));
        }
    }

    static byte[] zipOf(List<Path> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(f.toString()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * A workbook's parts, unpacked, with the time it was made blanked: two runs of the command differ there too
     * (POI writes the creation time into docProps/core.xml), and in nothing else.
     */
    private Map<String, String> parts(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile(tmp, "book", ".xlsx");
        Files.write(file, xlsx);
        Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                parts.put(e.getName(), text.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", ""));
            }
        }
        return parts;
    }
}

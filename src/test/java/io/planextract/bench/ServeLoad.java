package io.planextract.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * bench/serve-load: {@code plan-extract serve} as its own process (the release jar), loaded from {@code clients}
 * threads with the JDK's HttpClient over loopback. The requests cycle through the samples, one in ten a broken
 * file (a cut-off Word file, a PDF, a damaged Word package, an empty body). Reports requests/s, latency
 * percentiles, failed good requests, and the server's peak resident memory, heap after GC, threads and open files
 * (from /proc and jcmd); then the same files converted one JVM per file, as a script calling the command would.
 *
 * <p>The command runs with the same file mix, {@code CLI_FILES} files {@code clients} at a time and a fifth of them
 * one at a time.
 *
 * <p>usage: {@code ServeLoad load REQUESTS CLIENTS CLI_FILES} or {@code ServeLoad soak REQUESTS CLIENTS CHECKPOINTS}
 */
public final class ServeLoad {
    private record Item(String name, byte[] content, boolean good) {
    }

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "load";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int extra = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path jar = Path.of("target/plan-extract.jar");
        List<Item> items = items(Path.of("samples"));
        String heap = System.getenv().getOrDefault("SERVE_XMX", "512m");
        Process server = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(), "serve", "--port", "0",
                "--no-access-log").redirectErrorStream(true).start();
        try {
            String base = awaitAddress(server);
            long pid = server.pid();
            System.out.printf(Locale.ROOT, "server pid %d at %s, -Xmx%s, %d cores%n", pid, base, heap,
                    Runtime.getRuntime().availableProcessors());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            run(client, base, items, Math.min(200, requests), clients); // warm-up, not counted
            System.out.printf(Locale.ROOT, "after warm-up: %s%n", state(pid));
            if (mode.equals("soak")) {
                soak(client, base, items, requests, clients, extra, pid);
            } else {
                Result r = run(client, base, items, requests, clients);
                r.print("warm service, " + clients + " clients");
                System.out.printf(Locale.ROOT, "server after the run: %s%n", state(pid));
                // One client: the latency of a notice itself, without waiting behind others for a worker.
                run(client, base, items, Math.min(1000, requests / 5), 1).print("warm service, 1 client");
                cli(jar, items, extra, clients);
                cli(jar, items, Math.max(1, extra / 5), 1);
            }
        } finally {
            server.destroy(); // SIGTERM: the graceful stop
            server.waitFor();
        }
    }

    /** The samples, and one broken file for every nine good requests. */
    static List<Item> items(Path samples) throws IOException {
        List<Item> good = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                good.add(new Item(f.getFileName().toString(), Files.readAllBytes(f), true));
            }
        }
        byte[] docx = good.stream().filter(i -> i.name().endsWith(".docx")).findFirst().orElseThrow().content();
        List<Item> broken = List.of(
                new Item("cut-off.docx", Arrays.copyOf(docx, docx.length / 2), false),
                new Item("scan.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), false),
                new Item("damaged.docx", damagedDocx(), false),
                new Item("empty.txt", new byte[0], false));
        List<Item> mix = new ArrayList<>();
        int b = 0;
        for (int i = 0; i < 10 * Math.max(good.size(), broken.size()); i++) {
            mix.add(i % 10 == 9 ? broken.get(b++ % broken.size()) : good.get(i % good.size()));
        }
        return mix;
    }

    private static byte[] damagedDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:tbl>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String awaitAddress(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving on (http://\\S+)");
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("the server did not start");
    }

    /** What one run measured. */
    record Result(int requests, long nanos, long[] latencies, int goodFailed, int brokenWrong, int[] statuses) {
        double perSecond() {
            return requests / (nanos / 1e9);
        }

        double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "%s: %d requests in %.1f s = %.0f req/s; latency p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms; failed good requests %d; broken files not answered 4xx %d;"
                    + " statuses 200:%d 400:%d 415:%d 422:%d 503:%d other:%d%n", what, requests, nanos / 1e9,
                    perSecond(), percentile(0.50), percentile(0.95), percentile(0.99), percentile(1.0), goodFailed,
                    brokenWrong, statuses[0], statuses[1], statuses[2], statuses[3], statuses[4], statuses[5]);
        }
    }

    static Result run(HttpClient client, String base, List<Item> items, int requests, int clients) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger goodFailed = new AtomicInteger();
        AtomicInteger brokenWrong = new AtomicInteger();
        AtomicInteger[] statuses = new AtomicInteger[6];
        Arrays.setAll(statuses, i -> new AtomicInteger());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    Item item = items.get(i % items.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/extract?name=" + item.name()))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(item.content())).build();
                    long t = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = -1;
                    }
                    latencies[i] = System.nanoTime() - t;
                    statuses[switch (status) {
                        case 200 -> 0;
                        case 400 -> 1;
                        case 415 -> 2;
                        case 422 -> 3;
                        case 503 -> 4;
                        default -> 5;
                    }].incrementAndGet();
                    if (item.good() && status != 200) {
                        goodFailed.incrementAndGet();
                    } else if (!item.good() && (status < 400 || status >= 500)) {
                        brokenWrong.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        return new Result(requests, nanos, latencies, goodFailed.get(), brokenWrong.get(),
                Arrays.stream(statuses).mapToInt(AtomicInteger::get).toArray());
    }

    /** Runs {@code requests} in {@code checkpoints} slices, with the server's state after a GC at each. */
    static void soak(HttpClient client, String base, List<Item> items, int requests, int clients, int checkpoints,
            long pid) throws Exception {
        System.out.printf(Locale.ROOT, "soak: %d requests, %d clients; state after each slice (heap after a full GC)%n",
                requests, clients);
        System.out.printf(Locale.ROOT, "%8s %9s %8s  %s%n", "done", "req/s", "p99 ms", "server");
        int slice = requests / checkpoints;
        for (int i = 1; i <= checkpoints; i++) {
            Result r = run(client, base, items, slice, clients);
            if (r.goodFailed() > 0 || r.brokenWrong() > 0) {
                r.print("slice " + i);
            }
            System.out.printf(Locale.ROOT, "%8d %9.0f %8.1f  %s%n", i * slice, r.perSecond(), r.percentile(0.99),
                    state(pid));
        }
    }

    /** The server process now: resident memory (and its peak), heap in use after a full GC, threads, open files. */
    static String state(long pid) throws Exception {
        Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        Process heap = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true)
                .start();
        String info = new String(heap.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        heap.waitFor();
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        long heapKb = used.find() ? Long.parseLong(used.group(1)) : -1;
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        long fds;
        try (Stream<Path> open = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            fds = open.count();
        }
        return String.format(Locale.ROOT, "heap after GC %.1f MB, RSS %s MB (peak %s MB), threads %s, open files %d",
                heapKb / 1024.0, field(status, "VmRSS"), field(status, "VmHWM"), field(status, "Threads").strip(), fds);
    }

    private static String field(String status, String name) {
        Matcher m = Pattern.compile(name + ":\\s+(\\d+)( kB)?").matcher(status);
        if (!m.find()) {
            return "?";
        }
        return m.group(2) == null ? m.group(1) : Long.toString(Long.parseLong(m.group(1)) / 1024);
    }

    /** The same mix, one {@code java -jar plan-extract.jar FILE} per file, {@code clients} at a time. */
    static void cli(Path jar, List<Item> items, int files, int clients) throws Exception {
        Path folder = Files.createTempDirectory("serve-load-cli");
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Item item = items.get(i % items.size());
            Path p = folder.resolve(i + "-" + item.name());
            Files.write(p, item.content());
            paths.add(p);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong worst = new AtomicLong();
        long[] latencies = new long[files];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < files; ) {
                    long t = System.nanoTime();
                    Process p = new ProcessBuilder("java", "-jar", jar.toString(), "-q", paths.get(i).toString())
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    p.waitFor();
                    latencies[i] = System.nanoTime() - t;
                    worst.accumulateAndGet(latencies[i], Math::max);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        Result r = new Result(files, nanos, latencies, 0, 0, new int[6]);
        System.out.printf(Locale.ROOT, "one JVM per file (%d files, %d at a time): %.1f files/s; latency p50 %.0f ms,"
                + " p95 %.0f ms, p99 %.0f ms%n", files, clients, r.perSecond(), r.percentile(0.5), r.percentile(0.95),
                r.percentile(0.99));
        try (Stream<Path> left = Files.list(folder)) {
            left.forEach(p -> p.toFile().delete());
        }
        Files.delete(folder);
    }
}

package io.planextract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.fixtures.GoldResults;
import io.planextract.ledger.UnitNames;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page as a person sees it: rendered by headless Chromium after its script ran. Skipped where no
 * Chromium is installed (Debian: {@code apt-get install -y chromium}); {@code PLAN_EXTRACT_CHROMIUM} may name
 * the binary. The page and screenshots stay in {@code target/review/} for a look.
 */
class ReviewPageBrowserTest {

    private static final Path OUT = Path.of("target", "review").toAbsolutePath();
    private static final Path PAGE = OUT.resolve("review.html");
    private static final List<NoticeResult> GOLD = GoldResults.all();
    private static final int TOTAL = GOLD.stream().mapToInt(r -> r.tasks().size()).sum();

    private static Path chromium;

    @TempDir
    Path profile;

    @BeforeAll
    static void writePage() throws IOException {
        Optional<Path> found = findChromium();
        Assumptions.assumeTrue(found.isPresent(),
                "no Chromium found (PLAN_EXTRACT_CHROMIUM, chromium, chromium-browser, google-chrome on PATH);"
                        + " install it with 'apt-get install -y chromium' to run the browser test");
        chromium = found.get();
        Files.createDirectories(OUT);
        ReviewPageWriter.write(GOLD, PAGE);
    }

    static Optional<Path> findChromium() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("PLAN_EXTRACT_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Runs headless Chromium on {@code url} with {@code action} ({@code --dump-dom}, {@code --screenshot=…}). */
    private String chromium(String url, String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(profile, "chromium"), "--window-size=1280,2000"));
        command.addAll(List.of(action));
        command.add(url);
        Path stdout = Files.createTempFile(profile, "out", ".html");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + command);
        }
        assertThat(process.exitValue()).as("chromium exit code").isZero();
        return Files.readString(stdout);
    }

    private Document dom(String suffix) throws IOException, InterruptedException {
        Document doc = Jsoup.parse(chromium(PAGE.toUri() + suffix, "--dump-dom"));
        assertThat(doc.body().attr("data-ready")).as("page script ran").isEqualTo("1");
        return doc;
    }

    private static List<Element> visibleTaskRows(Document doc) {
        return doc.select("details.notice:not([hidden]) tr.task:not([hidden])");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void showsEveryTaskWithInheritedCellsMarked() throws IOException, InterruptedException {
        Document doc = dom("");
        assertThat(visibleTaskRows(doc)).hasSize(TOTAL);
        // A handful of notices open by themselves.
        assertThat(doc.select("details.notice[open]")).hasSize(GOLD.size());
        assertThat(doc.selectFirst("#shown").text()).isEqualTo("共 " + TOTAL + " 项任务");
        Element inherited = doc.selectFirst("tr.task td.inherited");
        assertThat(inherited).isNotNull();
        assertThat(inherited.attr("title")).startsWith("继承自第 ");

        Path shot = OUT.resolve("review.png");
        Files.deleteIfExists(shot);
        chromium(PAGE.toUri().toString(), "--screenshot=" + shot);
        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    @Test
    void filterByUnitFromTheAddress() throws IOException, InterruptedException {
        String unit = "区财政局";
        long expected = GOLD.stream().flatMap(r -> r.tasks().stream()).filter(t -> namesUnit(t, unit)).count();
        assertThat(expected).isPositive();

        Document doc = dom("#filter=" + encode(unit));
        assertThat(visibleTaskRows(doc)).hasSize((int) expected)
                .allSatisfy(row -> assertThat(row.attr("data-units")).contains(unit));
        assertThat(doc.selectFirst("#shown").text()).isEqualTo("显示 " + expected + " / " + TOTAL + " 项任务");
        // Notices without the unit are hidden; section headings without a visible row too.
        for (int i = 0; i < GOLD.size(); i++) {
            boolean names = GOLD.get(i).tasks().stream().anyMatch(t -> namesUnit(t, unit));
            assertThat(doc.select("details.notice").get(i).hasAttr("hidden")).isEqualTo(!names);
        }
        for (Element section : doc.select("tr.section:not([hidden])")) {
            Element next = section.nextElementSibling();
            while (next != null && !next.hasClass("task")) {
                next = next.nextElementSibling();
            }
            assertThat(next).isNotNull();
        }

        Path shot = OUT.resolve("review-filter.png");
        Files.deleteIfExists(shot);
        chromium(PAGE.toUri() + "#filter=" + encode(unit), "--screenshot=" + shot);
        assertThat(shot).exists();
    }

    @Test
    void filterByUnitVariantAndByText() throws IOException, InterruptedException {
        // A variant writing finds the unit by its key: 区卫生和健康局 → 区卫生健康局.
        long health = GOLD.stream().flatMap(r -> r.tasks().stream())
                .filter(t -> namesUnit(t, "区卫生健康局") || namesUnit(t, "区卫生和健康局")).count();
        assertThat(visibleTaskRows(dom("?unit=" + encode("区卫生和健康局")))).hasSize((int) health);

        String text = "政策解读";
        long expected = GOLD.stream().flatMap(r -> r.tasks().stream())
                .filter(t -> Stream.of(t.section(), t.task(), t.requirement())
                        .anyMatch(s -> s != null && s.contains(text)))
                .count();
        assertThat(expected).isPositive();
        assertThat(visibleTaskRows(dom("?q=" + encode(text)))).hasSize((int) expected);
        assertThat(visibleTaskRows(dom("#unit=" + encode("区财政局") + "&q=" + encode(text))))
                .allSatisfy(row -> assertThat(row.text()).contains(text));
    }

    private static boolean namesUnit(Task t, String unit) {
        String key = UnitNames.key(unit);
        return Stream.concat(t.lead().stream(), t.responsible().stream())
                .anyMatch(u -> u.contains(unit) || UnitNames.key(u).contains(key));
    }
}

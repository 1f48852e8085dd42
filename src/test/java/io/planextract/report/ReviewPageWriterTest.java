package io.planextract.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.fixtures.GoldResults;
import io.planextract.model.Deadline;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Source;
import io.planextract.model.TableInfo;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.planextract.PlanExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPageWriterTest {

    @TempDir
    Path dir;

    static Task task(int id, String section, String text, List<String> lead, List<String> responsible,
            List<String> inherited) {
        return new Task(id, id, section, null, text, null, "要求 " + id, null, String.join("，", responsible), lead,
                responsible, List.of(), new Deadline("6月底前", "by", "2025-06-30"), Map.of(), inherited,
                Origin.ofRow(1, id, 10 * id));
    }

    /** A small notice with hostile text, inherited cells and warnings on a row, a table and the notice. */
    static NoticeResult sample() {
        List<Task> tasks = List.of(
                task(1, "一节", "任务<b>甲</b>", List.of(), List.of("区财政局"), List.of()),
                task(2, "一节", "任务乙", List.of(), List.of("区财政局"), List.of("section", "responsible")),
                task(3, "一节", "任务丙", List.of("区\"司法\"局"), List.of("各镇、街道"), List.of("section")),
                task(4, "二节", "任务丁", List.of(), List.of("区民政局"), List.of()));
        return new NoticeResult("1", new Source("in/<a>.txt", "text", "abc"),
                new Notice("周村区人民政府办公室", "周政办字〔2025〕11号", "<script>alert('x')</script> & 通知",
                        "2025-09-01", null, null, 2025),
                List.of(new TableInfo("2025年任务分解表", List.of("序号", "工作任务", "责任单位"), 4)), tasks,
                List.of(new Warning("ambiguous-blank", "责任单位空白 <请核对>", Origin.ofRow(1, 2, 20)),
                        new Warning("header-spans-columns", "表头跨两列", Origin.ofTable(1)),
                        new Warning("no-date", "没有成文日期", Origin.none())));
    }

    private Document page(List<NoticeResult> results) throws IOException {
        Path file = dir.resolve("review.html");
        ReviewPageWriter.write(results, file);
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void escapesEverythingFromTheNotice() throws IOException {
        Path file = dir.resolve("review.html");
        ReviewPageWriter.write(List.of(sample()), file);
        String html = Files.readString(file);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>甲").doesNotContain("<a>.txt")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 通知")
                .contains("任务&lt;b&gt;甲&lt;/b&gt;")
                .contains("区&quot;司法&quot;局")
                .contains("责任单位空白 &lt;请核对&gt;");
        assertThat(html.split("<script>", -1)).hasSize(2); // only the page's own script
        // No external resources: no src/href pointing anywhere.
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("[src], link[href], a[href^=http]")).isEmpty();
        assertThat(doc.selectFirst(".ntitle").text()).isEqualTo("<script>alert('x')</script> & 通知");
        assertThat(doc.select("tr.task").get(2).attr("data-units")).isEqualTo("区\"司法\"局|各镇、街道");
    }

    @Test
    void showsCountsSectionsAndRows() throws IOException {
        Document doc = page(List.of(sample()));
        Element notice = doc.selectFirst("details.notice");
        assertThat(notice.selectFirst(".c-tasks").text()).isEqualTo("4 项任务");
        assertThat(notice.selectFirst(".c-tables").text()).isEqualTo("1 张表");
        assertThat(notice.selectFirst(".c-warnings").text()).isEqualTo("3 条警告");
        assertThat(notice.select("tr.task")).hasSize(4);
        assertThat(notice.select("tr.section")).extracting(Element::text).containsExactly("一节", "二节");
        assertThat(notice.select("tr.section th").attr("colspan")).isEqualTo("7");
        assertThat(notice.select("thead th")).extracting(Element::text)
                .containsExactly("序号", "一级任务", "任务", "要求", "牵头单位", "责任单位", "完成时限");
        assertThat(notice.select("dl.fields dd").eachText()).contains("周政办字〔2025〕11号", "2025-09-01", "2025");
        assertThat(doc.selectFirst("#totals").text()).isEqualTo("1 份通知 · 4 项任务 · 3 条警告");
        assertThat(doc.select("#units option").eachAttr("value"))
                .containsExactly("区财政局", "区\"司法\"局", "区民政局", "各镇、街道"); // most named first
    }

    @Test
    void marksInheritedCellsWithTheRowTheyCameFrom() throws IOException {
        Document doc = page(List.of(sample()));
        Elements rows = doc.select("tr.task");
        assertThat(rows.get(0).select("td.inherited")).isEmpty();
        Element section2 = rows.get(1).selectFirst("td.section");
        assertThat(section2.hasClass("inherited")).isTrue();
        assertThat(section2.attr("title")).startsWith("继承自第 1 行（序号 1）");
        assertThat(section2.attr("data-from")).isEqualTo(rows.get(0).id());
        assertThat(rows.get(1).selectFirst("td.resp").hasClass("inherited")).isTrue();
        assertThat(rows.get(1).selectFirst("td.task").hasClass("inherited")).isFalse();
        // Row 3 inherits its section through row 2, which inherited it too: the value is row 1's.
        assertThat(rows.get(2).selectFirst("td.section").attr("title")).startsWith("继承自第 1 行");
        assertThat(rows.get(2).selectFirst("td.resp").hasClass("inherited")).isFalse();
        assertThat(rows.get(3).select("td.inherited")).isEmpty();
    }

    @Test
    void putsWarningsBesideTheirRow() throws IOException {
        Document doc = page(List.of(sample()));
        Element row2 = doc.selectFirst("tr.task#n1-t2");
        assertThat(row2.hasAttr("data-warn")).isTrue();
        Element next = row2.nextElementSibling();
        assertThat(next.hasClass("warn")).isTrue();
        assertThat(next.text()).contains("责任单位空白 <请核对>");
        assertThat(doc.select("tr.warn")).hasSize(1);
        assertThat(doc.select("ul.nwarnings li").eachText())
                .containsExactly("⚠ 表头跨两列 表 1", "⚠ 没有成文日期");
    }

    @Test
    void showsTheClerkTheMessageAndKeepsTheCodeAsAHoverTitle() throws IOException {
        Document doc = page(List.of(sample()));
        Element warning = doc.selectFirst("tr.warn");
        assertThat(warning.text()).doesNotContain("ambiguous-blank");
        assertThat(warning.selectFirst("[title=ambiguous-blank]").text()).isEqualTo("责任单位空白 <请核对>");
    }

    @Test
    void drawsEveryGoldTask() throws IOException {
        List<NoticeResult> gold = GoldResults.all();
        Document doc = page(gold);
        Elements notices = doc.select("details.notice");
        assertThat(notices).hasSize(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            NoticeResult r = gold.get(i);
            Element n = notices.get(i);
            assertThat(n.select("tr.task")).hasSize(r.tasks().size());
            long sectionChanges = Stream.iterate(0, k -> k + 1).limit(r.tasks().size())
                    .filter(k -> k == 0 || !Objects.equals(r.tasks().get(k).section(), r.tasks().get(k - 1).section()))
                    .count();
            assertThat(n.select("tr.section")).hasSize((int) sectionChanges);
            long inherited = r.tasks().stream().mapToLong(t -> t.inherited().size()).sum();
            assertThat(n.select("td.inherited")).hasSize((int) inherited);
        }
        // The prose notice (no table) still shows its tasks.
        assertThat(notices.get(1).select("section.tbl h3").text()).startsWith("正文中的任务");
    }

    /** Real engine output: its warnings land beside their rows, its inherited fields are all marked. */
    @Test
    void drawsWhatTheEngineReadsFromTheSamples() throws Exception {
        List<NoticeResult> results = new ArrayList<>();
        for (String name : List.of("huaiyin-2023-task-breakdown.txt", "wenshang-2025-task-breakdown.txt",
                "zhoucun-2021-key-points.txt", "zhoucun-2025-task-breakdown.txt")) {
            results.add(PlanExtractor.extract(Path.of(getClass().getResource("/samples/" + name).toURI())));
        }
        Path file = Path.of("target", "review", "samples-review.html");
        Files.createDirectories(file.getParent());
        ReviewPageWriter.write(results, file);
        Document doc = Jsoup.parse(Files.readString(file));
        Elements notices = doc.select("details.notice");
        for (int i = 0; i < results.size(); i++) {
            NoticeResult r = results.get(i);
            Element n = notices.get(i);
            assertThat(n.select("tr.task")).hasSize(r.tasks().size());
            assertThat(n.select("td.inherited")).hasSize(r.tasks().stream().mapToInt(t -> t.inherited().size()).sum());
            assertThat(n.select("td.inherited[title^=继承自第]")).hasSameSizeAs(n.select("td.inherited"));
            int shown = n.select("tr.warn").size() + n.select("ul.nwarnings li").size();
            assertThat(shown).isEqualTo(r.warnings().size());
            for (Warning w : r.warnings()) {
                if (w.origin() != null && w.origin().row() != null) {
                    Task t = r.tasks().stream().filter(x -> w.origin().equals(x.origin())
                            || (Objects.equals(x.origin().table(), w.origin().table())
                            && Objects.equals(x.origin().row(), w.origin().row()))).findFirst().orElse(null);
                    if (t != null) {
                        Element row = n.selectFirst("tr.task#n" + (i + 1) + "-t" + t.id());
                        StringBuilder beside = new StringBuilder();
                        for (Element e = row.nextElementSibling(); e != null && e.hasClass("warn");
                                e = e.nextElementSibling()) {
                            beside.append(e.text());
                        }
                        assertThat(beside.toString()).contains(w.message());
                    }
                }
            }
        }
    }

    @Test
    void writesIntoACallersStream() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ReviewPageWriter page = ReviewPageWriter.to(bytes, "审阅 <1>")) {
            page.accept(sample());
        }
        Document doc = Jsoup.parse(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(doc.title()).isEqualTo("审阅 <1>");
        assertThat(doc.select("tr.task")).hasSize(4);
    }

    @Test
    void publishesOnlyACompletePage() throws IOException {
        Path file = dir.resolve("partial.html");
        ReviewPageWriter page = ReviewPageWriter.open(file);
        page.accept(sample());
        assertThat(file).doesNotExist();
        page.abort();
        page.close();
        assertThat(file).doesNotExist();

        try (ReviewPageWriter failing = ReviewPageWriter.open(file)) {
            assertThatThrownBy(() -> failing.accept(null)).isInstanceOf(NullPointerException.class);
        }
        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }

        ReviewPageWriter.write(List.of(), file);
        assertThat(Jsoup.parse(Files.readString(file)).selectFirst("p.empty").text()).isEqualTo("没有通知。");
    }
}

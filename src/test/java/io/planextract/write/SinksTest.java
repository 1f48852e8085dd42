package io.planextract.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.model.Deadline;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Source;
import io.planextract.model.Task;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three text outputs of docs/OUTPUT.md on one small result. */
class SinksTest {
    private static final NoticeResult RESULT = new NoticeResult("1", new Source("a.txt", "text", "0".repeat(64)),
            new Notice("某区人民政府办公室", "某政办字〔2025〕1号", "关于印发任务分解表的通知", "2025-09-01", "各部门", null, 2025),
            List.of(), List.of(new Task(1, 1, "部分", 1, "任务", null, "要求，含逗号\n和换行", null, "区财政局、区税务局",
                    List.of(), List.of("区财政局", "区税务局"), List.of(), new Deadline("3月底前", "by", "2025-03-31"),
                    Map.of(), List.of("section"), Origin.ofRow(1, 1, 20))), List.of());

    private static String write(OutputFormat format, boolean several, boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultSink sink = Sinks.open(format, out, several, bom)) {
            sink.accept(RESULT);
            if (several) {
                sink.accept(RESULT);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsOneDocumentOrAnArray() throws Exception {
        assertThat(Json.mapper().readTree(write(OutputFormat.JSON, false, false)).path("tasks").size()).isEqualTo(1);
        JsonNode array = Json.mapper().readTree(write(OutputFormat.JSON, true, false));
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
    }

    @Test
    void jsonlIsOneTaskALineWithSourceAndNoticeFieldsBesideIt() throws Exception {
        String[] lines = write(OutputFormat.JSONL, true, false).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode line = Json.mapper().readTree(lines[0]);
        assertThat(line.path("source").path("path").asText()).isEqualTo("a.txt");
        assertThat(line.path("docNumber").asText()).isEqualTo("某政办字〔2025〕1号");
        assertThat(line.path("planYear").asInt()).isEqualTo(2025);
        assertThat(line.path("responsible").size()).isEqualTo(2);
        assertThat(line.path("id").asInt()).isEqualTo(1);
    }

    @Test
    void csvHasTheContractColumnsAByteOrderMarkAndQuoting() throws Exception {
        String csv = write(OutputFormat.CSV, false, true);
        assertThat(csv).startsWith("\uFEFFsource,id,seq,section_no,section,task_no,task,requirement,lead,responsible,"
                + "deadline,deadline_kind,deadline_date,issuer,doc_number,notice_date\r\n");
        assertThat(csv).contains("\"要求，含逗号\n和换行\"").contains("区财政局；区税务局").contains("2025-03-31");
        assertThat(write(OutputFormat.CSV, false, false)).startsWith("source,");
    }

    @Test
    void csvWithChineseLabelsHasChineseHeadingsAndKindsOnly() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ResultSink sink = Sinks.open(OutputFormat.CSV, out, false, false, Labels.ZH, true)) {
            sink.accept(RESULT);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("来源文件,任务编号,序号,一级任务序号,一级任务,任务序号,任务,具体要求,牵头单位,责任单位,"
                + "完成时限,时限类型,截止日期,发文机关,文号,成文日期");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(",3月底前,限期,2025-03-31,");
    }
}

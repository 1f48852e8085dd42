package io.planextract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.extract.NoticeFields;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import io.planextract.normalize.Deadlines;
import io.planextract.normalize.Responsibility;
import io.planextract.normalize.UnitSplitter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notices written in traditional characters are read by the same rules; their text stays as written. */
class TraditionalCharactersTest {
    @Test
    void unitsAndMarkers() {
        Responsibility r = Responsibility.parse("區財政局牽頭，區稅務局、各鎮、街道辦事處具體負責");
        assertThat(r.lead()).containsExactly("區財政局");
        assertThat(r.responsible()).containsExactly("區稅務局", "各鎮、街道辦事處");
        assertThat(UnitSplitter.split("區投資促進局等相關部門")).containsExactly("區投資促進局", "相關部門");
    }

    @Test
    void deadlinesKeepTheirText() {
        assertThat(Deadlines.parse("長期堅持", 2025).kind()).isEqualTo("ongoing");
        assertThat(Deadlines.parse("長期堅持", 2025).text()).isEqualTo("長期堅持");
    }

    @Test
    void noticeFields() {
        Notice n = NoticeFields.extract(List.of("某縣人民政府辦公室", "某政辦字﹝2025﹞3號", "關於印發2025年重點工作任務分解表的通知",
                "各鄉鎮人民政府，縣政府各部門：", "二○二五年三月五日", "抄送：縣委辦公室。"), List.of());
        assertThat(n).isEqualTo(new Notice("某縣人民政府辦公室", "某政辦字〔2025〕3号", "關於印發2025年重點工作任務分解表的通知",
                "2025-03-05", "各鄉鎮人民政府，縣政府各部門", "縣委辦公室", 2025));
    }

    @Test
    void aTraditionalTableEndToEnd() throws Exception {
        String dump = "2025年重點工作任務分解表\n\n\t序號\n\t重點任務\n\t牽頭單位\n\t配合單位\n\t完成時限\n\n"
                + "\t1\n\t優化營商環境\n\t縣發展和改革局\n\t縣財政局\n\t6月底前\n\n"
                + "\t2\n\t\n\t\n\t縣商務局\n\t長期堅持\n\n";
        NoticeResult r = new PlanExtractor().convert(dump.getBytes(StandardCharsets.UTF_8), "trad.txt");
        Task second = r.tasks().get(1);
        assertThat(second.task()).isEqualTo("優化營商環境");
        assertThat(second.lead()).containsExactly("縣發展和改革局");
        assertThat(second.responsible()).containsExactly("縣商務局");
        assertThat(second.deadline().kind()).isEqualTo("ongoing");
        assertThat(r.tasks().get(0).deadline().date()).isEqualTo("2025-06-30");
    }
}

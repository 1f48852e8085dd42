package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Notice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES §7: the notice's own fields. */
class NoticeFieldsTest {
    @Test
    void fieldsOfAFullNotice() {
        Notice n = NoticeFields.extract(List.of(
                "临政办字〔2025〕9 号",
                "临淄区人民政府办公室",
                "关于印发 2025年临淄区政务公开",
                "工作要点 的通知",
                "各镇人民政府、街道办事处，区政府各部门：",
                "现印发给你们，请认真贯彻执行。",
                "临淄区人民政府办公室",
                "2025年6月26日",
                "抄送：区委各部门，区人大办，",
                "区检察院，各人民团体。",
                "临淄区人民政府办公室    2025年6月27日印发"), List.of());
        assertThat(n).isEqualTo(new Notice("临淄区人民政府办公室", "临政办字〔2025〕9号",
                "关于印发2025年临淄区政务公开工作要点的通知", "2025-06-26", "各镇人民政府、街道办事处，区政府各部门",
                "区委各部门，区人大办，区检察院，各人民团体", 2025));
    }

    @Test
    void redHeaderWithFileSuffixAndBracketsNormalised() {
        Notice n = NoticeFields.extract(List.of("XX县人民政府办公室文件", "X政办发[2024] 3号",
                "关于做好2024年重点工作的通知", "各乡镇："), List.of());
        assertThat(n.issuer()).isEqualTo("XX县人民政府办公室");
        assertThat(n.docNumber()).isEqualTo("X政办发〔2024〕3号");
        assertThat(n.planYear()).isEqualTo(2024);
    }

    @Test
    void chineseNumeralDate() {
        Notice n = NoticeFields.extract(List.of("关于印发工作要点的通知", "各部门：", "二〇二三年五月十二日"), List.of());
        assertThat(n.date()).isEqualTo("2023-05-12");
        assertThat(n.planYear()).isEqualTo(2023);
    }

    @Test
    void anAttachmentAloneHasOnlyThePlanYearFromItsTableTitle() {
        Notice n = NoticeFields.extract(List.of("附件", "2023年槐荫区政务公开重点工作任务分解表"),
                List.of("2023年槐荫区政务公开重点工作任务分解表"));
        assertThat(n).isEqualTo(new Notice(null, null, null, null, null, null, 2023));
    }

    @Test
    void aWebPageWithNavigationBeforeTheNotice() {
        java.util.List<String> page = new java.util.ArrayList<>();
        page.add("XX区人民政府门户网站");
        for (int i = 0; i < 30; i++) {
            page.add("栏目" + i);
        }
        page.addAll(List.of("XX区人民政府办公室", "X政办字〔2025〕7号", "关于印发2025年重点工作任务的通知", "各街道办事处：",
                "2025年4月1日"));
        Notice n = NoticeFields.extract(page, List.of());
        assertThat(n.title()).isEqualTo("关于印发2025年重点工作任务的通知");
        assertThat(n.issuer()).isEqualTo("XX区人民政府办公室");
        assertThat(n.docNumber()).isEqualTo("X政办字〔2025〕7号");
        assertThat(n.date()).isEqualTo("2025-04-01");
    }

    @Test
    void wrappedAddresseesAndDateOnTheSignatureLine() {
        Notice n = NoticeFields.extract(List.of("关于印发重点工作的通知", "各镇人民政府、街道办事处，区政府各部门，",
                "各有关单位：", "正文。", "XX区人民政府办公室    2025年3月5日", "XX区人民政府办公室 2025年3月6日印发"),
                List.of());
        assertThat(n.addressees()).isEqualTo("各镇人民政府、街道办事处，区政府各部门，各有关单位");
        assertThat(n.date()).isEqualTo("2025-03-05");
    }
}

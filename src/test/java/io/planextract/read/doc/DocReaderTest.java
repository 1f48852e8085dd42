package io.planextract.read.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Table;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.SampleDocuments;
import io.planextract.read.docx.DocxReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DOC files were made from DOCX files with LibreOffice 7.4 ({@code soffice --convert-to doc:"MS Word 97"}):
 * {@code fixtures/merges.doc} from the DOCX that {@code DocxFixture} builds for a table with both kinds of merge,
 * {@code fixtures/split.doc} and {@code fixtures/nested.doc} likewise (two parts of a table with the header row
 * repeated; a table inside a cell), {@code samples/doc/*.doc} from the shared samples. POI cannot write Word 97 files itself.
 */
class DocReaderTest {
    private final DocReader reader = new DocReader();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DocReaderTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void verticalAndHorizontalMerges() throws Exception {
        Document d = reader.read(fixture("merges.doc"), ReadLimits.DEFAULT);
        assertThat(d.format()).isEqualTo(Format.DOC);
        assertThat(SampleDocuments.paragraphs(d)).containsExactly("周村区人民政府办公室", "任务分解表", "抄送：区委各部门");
        Table t = SampleDocuments.tables(d).get(0);
        assertThat(t.exactMerges()).isTrue();
        assertThat(SampleDocuments.sketch(t)).isEqualTo("""
                序号 | 工作任务*2 | 工作要求 | 责任单位 |\s
                1 | 一、总体 | （一）任务 | 要求甲 | 区政府办公室 |\s
                2 | ^ | ^ | 要求乙/第二段 |  |\s
                3 | ^ | （二）任务 | 要求丙 | ^ |\s
                二、节标题*5 |\s
                """);
        // the really empty cell beside the merges is not a continuation
        assertThat(t.rows().get(2).cells().get(4).continued()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhoucun-2025-task-breakdown", "wenshang-2025-task-breakdown"})
    void samplesReadAsDocGiveTheSameTableAsTheirDocx(String sample) throws Exception {
        Document doc = reader.read(SampleDocuments.bytes("doc/" + sample + ".doc"), ReadLimits.DEFAULT);
        Document docx = new DocxReader().read(SampleDocuments.bytes(sample + ".docx"), ReadLimits.DEFAULT);
        assertThat(SampleDocuments.tables(doc)).hasSize(1);
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(doc).get(0)))
                .isEqualTo(SampleDocuments.sketch(SampleDocuments.tables(docx).get(0)));
        assertThat(SampleDocuments.paragraphs(doc)).isEqualTo(SampleDocuments.paragraphs(docx));
    }

    @Test
    void limitsAndDamageGiveClearErrors() throws Exception {
        byte[] bytes = fixture("merges.doc");
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 3, 64, 512, 1000)))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 3 rows");
        assertThatThrownBy(() -> reader.read(bytes, new ReadLimits(1 << 20, 100, 64, 512, 10)))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 10 table cells");
        byte[] truncated = Arrays.copyOf(bytes, 4096);
        assertThatThrownBy(() -> reader.read(truncated, ReadLimits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageStartingWith("this DOC file is damaged");
    }

    /**
     * LibreOffice drops the section break between the two parts of a split table when it writes Word 97, so the
     * DOC holds one table with the header row again in the middle. The reader keeps it where it is (it is what
     * the file says); the table engine recognises a repeated header by its labels.
     */
    @Test
    void headerRowRepeatedInsideOneTableIsKeptForTheEngine() throws Exception {
        Document d = reader.read(fixture("split.doc"), ReadLimits.DEFAULT);
        assertThat(SampleDocuments.tables(d)).hasSize(1);
        assertThat(SampleDocuments.sketch(SampleDocuments.tables(d).get(0))).isEqualTo("""
                序号 | 任务 | 责任单位 |\s
                1 | 甲 | 区财政局 |\s
                2 | 乙 | 区民政局 |\s
                序号 | 任务 | 责任单位 |\s
                3 | 丙 | 区教体局 |\s
                """);
        assertThat(SampleDocuments.paragraphs(d)).containsExactly("任务分解表", "抄送：区委各部门");
    }

    @Test
    void nestedTableIsFlattenedIntoItsCellWithAWarning() throws Exception {
        Document d = reader.read(fixture("nested.doc"), ReadLimits.DEFAULT);
        Table t = SampleDocuments.tables(d).get(0);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(1).cells().get(1).paragraphs()).containsExactly("前", "内甲", "内乙", "后");
        assertThat(d.warnings()).extracting(w -> w.code()).containsExactly("nested-table");
    }
}

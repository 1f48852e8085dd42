package io.planextract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.doc.Document;
import io.planextract.doc.Format;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ReadersTest {
    @Test
    void eachFormatGoesToItsReader() throws Exception {
        assertThat(Readers.read(SampleDocuments.bytes("wenshang-2025-task-breakdown.docx"), ReadLimits.DEFAULT)
                .format()).isEqualTo(Format.DOCX);
        assertThat(Readers.read(SampleDocuments.bytes("wenshang-2025-task-breakdown.html"), ReadLimits.DEFAULT)
                .format()).isEqualTo(Format.HTML);
        assertThat(Readers.read(SampleDocuments.bytes("doc/wenshang-2025-task-breakdown.doc"), ReadLimits.DEFAULT)
                .format()).isEqualTo(Format.DOC);
    }

    @Test
    void docxSavedAsDocIsReadAsDocxWithAWarning() throws Exception {
        Document d = Readers.read(SampleDocuments.bytes("zhoucun-2025-task-breakdown.docx"), "通知.doc",
                ReadLimits.DEFAULT);
        assertThat(d.format()).isEqualTo(Format.DOCX);
        assertThat(d.warnings()).extracting(w -> w.code()).containsExactly("format-mismatch");
        assertThat(SampleDocuments.tables(d)).hasSize(1);
    }

    @Test
    void wordDocumentNamedWpsIsReadWithoutComplaint() throws Exception {
        Document d = Readers.read(SampleDocuments.bytes("doc/zhoucun-2025-task-breakdown.doc"), "通知.wps",
                ReadLimits.DEFAULT);
        assertThat(d.format()).isEqualTo(Format.DOC);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void zipBombIsRefusedWithAClearMessage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.write(zeros); // 40 MB of nothing, compressed about a thousandfold
            }
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> Readers.read(bomb, ReadLimits.DEFAULT)).isInstanceOf(ReadException.class)
                .hasMessageContaining("zip bomb");
    }
}

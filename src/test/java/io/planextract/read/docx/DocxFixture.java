package io.planextract.read.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/** Small DOCX files for tests: POI writes the package, the test states the body in WordprocessingML. */
final class DocxFixture {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private DocxFixture() {
    }

    static byte[] docx(String bodyXml) {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTBody body = CTBody.Factory.parse("<xml-fragment " + NS + ">" + bodyXml + "</xml-fragment>");
            doc.getDocument().setBody(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    static String p(String... lines) {
        StringBuilder sb = new StringBuilder("<w:p>");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append("<w:r><w:br/></w:r>");
            }
            sb.append("<w:r><w:t xml:space=\"preserve\">").append(lines[i]).append("</w:t></w:r>");
        }
        return sb.append("</w:p>").toString();
    }

    static String tbl(int gridColumns, String... rows) {
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr/><w:tblGrid>");
        for (int i = 0; i < gridColumns; i++) {
            sb.append("<w:gridCol w:w=\"1000\"/>");
        }
        sb.append("</w:tblGrid>");
        for (String r : rows) {
            sb.append(r);
        }
        return sb.append("</w:tbl>").toString();
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String headerTr(String... cells) {
        return "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + String.join("", cells) + "</w:tr>";
    }

    static String tc(String... paragraphs) {
        return tcWith("", paragraphs);
    }

    static String tcWith(String tcPr, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<w:tc><w:tcPr>").append(tcPr).append("</w:tcPr>");
        if (paragraphs.length == 0) {
            sb.append("<w:p/>");
        }
        for (String para : paragraphs) {
            sb.append(p(para));
        }
        return sb.append("</w:tc>").toString();
    }

    static String span(int n, String... paragraphs) {
        return tcWith("<w:gridSpan w:val=\"" + n + "\"/>", paragraphs);
    }

    static String restart(String... paragraphs) {
        return tcWith("<w:vMerge w:val=\"restart\"/>", paragraphs);
    }

    static String cont() {
        return tcWith("<w:vMerge/>");
    }
}

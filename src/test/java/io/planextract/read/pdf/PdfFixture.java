package io.planextract.read.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds small PDFs for the tests with PDFBox itself: A4 pages, Helvetica text (a standard font, so no font file
 * is needed) and ruled tables drawn as stroked lines, as office programs draw them. Positions are in points from
 * the top-left corner of the page, as the reader measures them.
 */
final class PdfFixture implements AutoCloseable {
    static final float FONT_SIZE = 10;
    private final PDDocument doc = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream page;
    private float height;

    PdfFixture page() {
        endPage();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        height = p.getMediaBox().getHeight();
        try {
            page = new PDPageContentStream(doc, p);
            page.setLineWidth(0.5f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A page turned by {@code /Rotate} (90, 180 or 270 degrees), its content drawn turned back so that it shows
     * upright: how some writers make a landscape page. Positions are then measured on the page as it shows.
     */
    PdfFixture turnedPage(int degrees) {
        page();
        PDPage p = doc.getPage(doc.getNumberOfPages() - 1);
        p.setRotation(degrees);
        float w = p.getMediaBox().getWidth();
        float h = p.getMediaBox().getHeight();
        try {
            page.transform(switch (degrees) {
                case 90 -> new Matrix(0, 1, -1, 0, w, 0);
                case 180 -> new Matrix(-1, 0, 0, -1, w, h);
                default -> new Matrix(0, -1, 1, 0, 0, h);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        height = degrees == 180 ? h : w;
        return this;
    }

    /** Text with its baseline at {@code baseline} points from the top. */
    PdfFixture text(float x, float baseline, String text) {
        try {
            page.beginText();
            page.setFont(font, FONT_SIZE);
            page.newLineAtOffset(x, height - baseline);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PdfFixture line(float x0, float y0, float x1, float y1) {
        try {
            page.moveTo(x0, height - y0);
            page.lineTo(x1, height - y1);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A ruled table on the grid {@code xs} by {@code ys}: every slot bordered, except the borders inside the merged
     * cells, each given as {row, col, rows, cols}.
     */
    PdfFixture table(float[] xs, float[] ys, int[]... merges) {
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                if (!inside(merges, r, c, true)) {
                    line(xs[c], ys[r], xs[c + 1], ys[r]);
                }
            }
        }
        for (int c = 0; c < xs.length; c++) {
            for (int r = 0; r + 1 < ys.length; r++) {
                if (!inside(merges, r, c, false)) {
                    line(xs[c], ys[r], xs[c], ys[r + 1]);
                }
            }
        }
        return this;
    }

    /** True when the border before row r (horizontal) or column c (vertical) at that slot is inside a merge. */
    private static boolean inside(int[][] merges, int r, int c, boolean horizontal) {
        for (int[] m : merges) {
            if (horizontal && r > m[0] && r < m[0] + m[2] && c >= m[1] && c < m[1] + m[3]) {
                return true;
            }
            if (!horizontal && c > m[1] && c < m[1] + m[3] && r >= m[0] && r < m[0] + m[2]) {
                return true;
            }
        }
        return false;
    }

    /** Text in the grid slot (row, col), near its top-left corner. */
    PdfFixture cell(float[] xs, float[] ys, int row, int col, String text) {
        return text(xs[col] + 3, ys[row] + 13, text);
    }

    /** A grey picture covering most of the page, as a scanner makes. */
    PdfFixture image() {
        try {
            BufferedImage picture = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            page.drawImage(image, 20, 20, 500, 750);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    byte[] bytes() {
        endPage();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document protected with a password needed to open it. */
    byte[] encrypted(String password) {
        endPage();
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes();
    }

    private void endPage() {
        if (page != null) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page = null;
        }
    }

    @Override
    public void close() throws IOException {
        endPage();
        doc.close();
    }
}

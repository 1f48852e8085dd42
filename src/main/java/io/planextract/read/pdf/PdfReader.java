package io.planextract.read.pdf;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.DocumentReader;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a text PDF (printed to PDF by Word, WPS or LibreOffice): its running text as paragraphs and its ruled
 * tables as tables, with merged cells as merges, in reading order. A PDF whose pages are only images (a scan) has
 * no text to read and is refused, as are password-protected, damaged and cut-off files, each with one line saying
 * what is wrong. Characters whose font has no Unicode map cannot be read and are named in a warning.
 */
public final class PdfReader implements DocumentReader {
    static final String SCANNED = "扫描件，需要先做文字识别 (OCR)";

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        if (!hasEnd(content)) {
            throw new ReadException("this PDF file is cut off (its end is missing, as after an interrupted download"
                    + " or copy); get the whole file again");
        }
        try (PDDocument pdf = open(content, limits)) {
            return read(pdf, limits);
        } catch (IOException | RuntimeException e) {
            throw new ReadException("this PDF file is damaged and cannot be read (" + reason(e) + ")", e);
        }
    }

    private static PDDocument open(byte[] content, ReadLimits limits) throws ReadException {
        try {
            return Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(limits.maxDecodedBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            throw new ReadException("this PDF is password-protected; open it, remove the password (or print it to"
                    + " a new PDF) and read that");
        } catch (IOException | RuntimeException e) {
            throw new ReadException("this PDF file is damaged and cannot be read (" + reason(e) + ")", e);
        }
    }

    private static Document read(PDDocument pdf, ReadLimits limits) throws ReadException, IOException {
        int pageCount = pdf.getNumberOfPages();
        if (pageCount > limits.maxPages()) {
            throw new ReadException("the PDF has " + pageCount + " pages; plan-extract reads PDFs up to "
                    + limits.maxPages() + " pages");
        }
        if (pageCount == 0) {
            throw new ReadException("this PDF has no pages");
        }
        DecodedSize.check(pdf.getDocument(), limits.maxDecodedBytes());
        GlyphCollector text = new GlyphCollector();
        List<List<Glyph>> glyphs = text.collect(pdf, pageCount);
        List<PageContent> pages = new ArrayList<>(pageCount);
        List<Integer> imageOnly = new ArrayList<>();
        List<Integer> offPage = new ArrayList<>();
        List<Integer> drawings = new ArrayList<>();
        int characters = 0;
        for (int i = 0; i < pageCount; i++) {
            PDPage page = pdf.getPage(i);
            RulingCollector lines = new RulingCollector(page);
            lines.collect();
            List<Glyph> onPage = glyphs.get(i);
            int visible = (int) onPage.stream().filter(g -> !g.isSpace()).count();
            characters += visible;
            if (visible == 0 && lines.images() > 0) {
                imageOnly.add(i + 1);
            }
            PDRectangle box = page.getCropBox();
            int turn = text.direction(i);
            boolean sideways = turn == 90 || turn == 270;
            PageContent content = PageContent.of(i + 1, onPage,
                    Rulings.turned(lines.rulings(), turn, box.getWidth(), box.getHeight()),
                    sideways ? box.getHeight() : box.getWidth(), sideways ? box.getWidth() : box.getHeight());
            if (content.offPage() > 0) {
                offPage.add(i + 1);
            }
            if (content.tooManyLines()) {
                drawings.add(i + 1);
            }
            pages.add(content);
        }
        if (characters == 0) {
            throw new ReadException(imageOnly.isEmpty()
                    ? "this PDF holds no text" + (text.unmapped().isEmpty() ? "" : " that can be read: "
                            + "the fonts " + String.join(", ", text.unmapped().keySet()) + " have no Unicode map")
                    : "this PDF is a scan, its pages are pictures without text: " + SCANNED);
        }
        List<Block> blocks = PdfBlocks.of(pages, limits);
        List<Warning> warnings = new ArrayList<>();
        if (!text.unmapped().isEmpty()) {
            warnings.add(WarningCode.PDF_FONT_WITHOUT_UNICODE.at(Origin.none(),
                    text.unmapped().values().stream().mapToInt(Integer::intValue).sum(),
                    String.join("、", text.unmapped().keySet())));
        }
        if (!imageOnly.isEmpty()) {
            warnings.add(WarningCode.PDF_SCANNED_PAGES.at(Origin.none(), pages(imageOnly)));
        }
        if (!offPage.isEmpty()) {
            warnings.add(WarningCode.PDF_TEXT_OFF_PAGE.at(Origin.none(), pages(offPage)));
        }
        if (!drawings.isEmpty()) {
            warnings.add(WarningCode.PDF_TOO_MANY_LINES.at(Origin.none(), pages(drawings), PageContent.MAX_LINES));
        }
        return new Document(Format.PDF, blocks, warnings);
    }

    /** The page numbers as a clerk reads them: {@code 2、5、7}. */
    private static String pages(List<Integer> pages) {
        return String.join("、", pages.stream().map(String::valueOf).toList());
    }

    /** True when the file ends as a whole PDF does, with {@code %%EOF} (a few bytes of trailing junk allowed). */
    private static boolean hasEnd(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip().replaceAll("\\s+", " ");
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}

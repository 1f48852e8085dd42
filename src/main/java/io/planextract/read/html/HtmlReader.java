package io.planextract.read.html;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.DocumentReader;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page (a notice saved from Word, LibreOffice or a government website): paragraphs from block
 * elements, and each data table as a {@link Table} with its spans laid out on the grid. A layout table (one that
 * wraps the page and holds the real table inside) is read through, so it never hides the task table.
 */
public final class HtmlReader implements DocumentReader {

    /**
     * The largest page read. A page costs its reader about 16 times its size at peak (the decoded text and the
     * parsed tree: docs/limits.md); 32 MB keeps a page within about 500 MB, and leaves room for pages that carry
     * their images inline.
     */
    public static final long MAX_PAGE_BYTES = 32L << 20;

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        if (content.length > MAX_PAGE_BYTES) {
            throw new ReadException("the page is " + (content.length >> 20) + " MB; plan-extract reads HTML pages up"
                    + " to " + (MAX_PAGE_BYTES >> 20) + " MB (a notice's page is a few hundred KB)");
        }
        String html = HtmlCharset.decode(content);
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(html);
        } catch (RuntimeException e) {
            throw new ReadException("this HTML page cannot be read: " + e.getMessage(), e);
        }
        checkDepth(page, limits.maxHtmlDepth());
        return new Walk(limits).run(page.body());
    }

    private static void checkDepth(org.jsoup.nodes.Document page, int maxDepth) throws ReadException {
        int[] deepest = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deepest[0] = Math.max(deepest[0], depth);
                return depth > maxDepth ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, page);
        if (deepest[0] > maxDepth) {
            throw new ReadException("this HTML page nests its elements more than " + maxDepth
                    + " levels deep; plan-extract reads pages up to that depth");
        }
    }

    /** One pass over a page body; never shared between pages. */
    private static final class Walk implements NodeFilter {
        private final HtmlTableReader tables;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private HtmlText text = new HtmlText();
        private ReadException failure;

        Walk(ReadLimits limits) {
            this.tables = new HtmlTableReader(limits);
        }

        Document run(Element body) throws ReadException {
            if (body != null) {
                NodeTraversor.filter(this, body);
            }
            if (failure != null) {
                throw failure;
            }
            flush();
            return new Document(Format.HTML, blocks, warnings);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, including Word's conditional comments
            }
            if (HtmlText.isIgnored(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.normalName().equals("br")) {
                flush();
            } else if (e.normalName().equals("table") && !HtmlTableReader.isLayout(e)) {
                flush();
                try {
                    table(e);
                } catch (ReadException ex) {
                    failure = ex;
                    return FilterResult.STOP;
                }
                return FilterResult.SKIP_ENTIRELY;
            } else if (HtmlText.isBlock(e)) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && HtmlText.isBlock(e)) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        private void table(Element e) throws ReadException {
            HtmlTableReader.Result t = tables.read(e);
            // a caption is the table's own title: the extractor looks for it just above the table
            for (String caption : t.caption()) {
                blocks.add(new Paragraph(caption, 0));
            }
            if (t.rows().isEmpty()) {
                return;
            }
            blocks.add(new Table(t.rows(), true, 0));
            if (t.nestedTables() > 0) {
                int number = (int) blocks.stream().filter(Table.class::isInstance).count();
                warnings.add(WarningCode.NESTED_TABLE.at(Origin.ofTable(number), number, t.nestedTables()));
            }
        }

        private void flush() {
            for (String p : text.paragraphs()) {
                blocks.add(new Paragraph(p, 0));
            }
            text = new HtmlText();
        }
    }
}

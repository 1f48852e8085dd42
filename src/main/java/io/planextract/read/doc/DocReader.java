package io.planextract.read.doc;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.DocumentReader;
import io.planextract.read.PoiErrors;
import io.planextract.read.PoiGuards;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.SplitTables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;

/**
 * Reads a Word 97–2003 document (and a WPS file, which Kingsoft writes in the same OLE2 format) through HWPF:
 * the main text's paragraphs in order, each table with its merges. Headers, footers, footnotes and text boxes
 * live in other parts of the file and are not read.
 */
public final class DocReader implements DocumentReader {

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        PoiGuards.install();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            return new Body(limits).read(doc.getRange());
        } catch (OldWordFileFormatException e) {
            throw new ReadException("this is a Word 6 or Word 95 file, which is too old to read; open it in Word"
                    + " or WPS and save it as DOCX", e);
        } catch (IOException | RuntimeException e) {
            throw PoiErrors.damaged("DOC", e);
        }
    }

    /** The state of reading one document; never shared. */
    private static final class Body {
        private final ReadLimits limits;
        private final DocTableReader tables;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private DocTableReader.RawTable open;
        private int nestedInOpen;
        private int tableCount;

        Body(ReadLimits limits) {
            this.limits = limits;
            this.tables = new DocTableReader(limits);
        }

        Document read(Range range) throws ReadException {
            int n = range.numParagraphs();
            int i = 0;
            while (i < n) {
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                Table t = p.isInTable() ? tableStartingAt(range, p) : null;
                if (t != null) {
                    table(tables.read(t));
                    i += Math.max(1, t.numParagraphs());
                } else {
                    for (String line : DocText.lines(p.text())) {
                        paragraph(line);
                    }
                    i++;
                }
            }
            close();
            return new Document(Format.DOC, blocks, warnings);
        }

        /**
         * The table that starts at {@code p}. HWPF refuses a paragraph in the middle of a table, which can only
         * happen when a malformed file's table ends inside another; its text is then read as paragraphs rather
         * than losing the whole document.
         */
        private static Table tableStartingAt(Range range, org.apache.poi.hwpf.usermodel.Paragraph p) {
            try {
                return range.getTable(p);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** Blank paragraphs are dropped: between the parts of a split table they hold only the break. */
        private void paragraph(String text) {
            if (text.strip().isEmpty()) {
                return;
            }
            close();
            blocks.add(new Paragraph(text, 0));
        }

        private void table(DocTableReader.RawTable next) throws ReadException {
            if (open != null) {
                int repeated = SplitTables.repeatedHeader(open.rows(), open.headerRows(), next.rows(),
                        next.headerRows());
                if (repeated >= 0) {
                    List<Row> rows = new ArrayList<>(open.rows());
                    rows.addAll(next.rows().subList(repeated, next.rows().size()));
                    if (rows.size() > limits.maxTableRows()) {
                        throw new ReadException("a table has more than " + limits.maxTableRows()
                                + " rows; plan-extract reads tables up to that size");
                    }
                    open = new DocTableReader.RawTable(rows, open.headerRows(), 0);
                    nestedInOpen += next.nestedTables();
                    return;
                }
                close();
            }
            open = next;
            nestedInOpen = next.nestedTables();
        }

        private void close() {
            if (open == null) {
                return;
            }
            tableCount++;
            blocks.add(new io.planextract.doc.Table(open.rows(), true, 0));
            if (nestedInOpen > 0) {
                warnings.add(WarningCode.NESTED_TABLE.at(Origin.ofTable(tableCount), tableCount, nestedInOpen));
            }
            open = null;
            nestedInOpen = 0;
        }
    }
}

package io.planextract.read.docx;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.DocumentReader;
import io.planextract.read.PoiGuards;
import io.planextract.read.PoiErrors;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import io.planextract.read.SplitTables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.w3c.dom.Node;

/**
 * Reads a DOCX body: paragraphs and tables in order. Headers, footers, footnotes and comments are not part of
 * the body and are left out. A table Word split into several {@code w:tbl} (across a page or section break,
 * the header row repeated) is joined back into one.
 */
public final class DocxReader implements DocumentReader {
    /**
     * A notice's main part is a few MB of XML even with a long table. Far more is not a notice, and as a DOM it
     * costs about 15 times its size (60 MB of XML took 900 MB of heap: docs/limits.md).
     */
    static final long MAX_MAIN_PART_BYTES = 16L << 20;

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        PoiGuards.install();
        DocxBudget.check(content);
        Element body;
        // POI's XWPFDocument builds an object for every run and cell, which costs seconds on a long table; the
        // package (with its zip-bomb guards) and a plain DOM of the main part are all this reader needs
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
            try {
                PackagePart main = mainPart(pkg);
                if (main.getSize() > MAX_MAIN_PART_BYTES) {
                    throw new ReadException("this DOCX file's text is larger than " + (MAX_MAIN_PART_BYTES >> 20)
                            + " MB, far more than a notice; it was not read");
                }
                org.w3c.dom.Document xml;
                try (InputStream in = main.getInputStream()) {
                    xml = XMLHelper.newDocumentBuilder().parse(in);
                }
                body = DocxXml.child(xml.getDocumentElement(), "body");
            } finally {
                pkg.revert(); // closes without ever writing back
            }
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            throw PoiErrors.damaged("DOCX", e);
        }
        if (body == null) {
            throw new ReadException("this DOCX file has no document body; it may have been saved by a program that"
                    + " writes a format Word calls \"Strict Open XML\": save it again as an ordinary DOCX");
        }
        return new Body(limits).read(body);
    }

    private static PackagePart mainPart(OPCPackage pkg) throws ReadException, InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.size() == 0) {
            throw new ReadException("this DOCX file is damaged: it has no main document part");
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            throw new ReadException("this DOCX file is damaged: its main document part is missing");
        }
        return part;
    }

    /** The state of reading one body; never shared between documents. */
    private static final class Body {
        private final ReadLimits limits;
        private final DocxTableReader tables;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private DocxTableReader.RawTable open;
        private int nestedInOpen;
        private int tableCount;

        Body(ReadLimits limits) {
            this.limits = limits;
            this.tables = new DocxTableReader(limits);
        }

        Document read(Node body) throws ReadException {
            for (Node n : DocxXml.content(body)) {
                if (DocxXml.is(n, "p")) {
                    DocxText.Lines lines = DocxText.of(n);
                    for (String line : lines.lines()) {
                        paragraph(line);
                    }
                    for (Node box : lines.textBoxes()) {
                        for (String line : tables.paragraphs(box, 1)) {
                            paragraph(line);
                        }
                    }
                } else if (DocxXml.is(n, "tbl")) {
                    table(tables.read(n));
                }
            }
            close();
            return new Document(Format.DOCX, blocks, warnings);
        }

        /**
         * Blank paragraphs carry nothing the extractor uses, and between two parts of a split table they are
         * exactly what Word leaves (the paragraph holding the section or page break), so they are dropped.
         */
        private void paragraph(String text) {
            if (text.strip().isEmpty()) {
                return;
            }
            close();
            blocks.add(new Paragraph(text, 0));
        }

        private void table(DocxTableReader.RawTable next) throws ReadException {
            if (open != null) {
                int repeated = open.gridColumns() == next.gridColumns()
                        ? SplitTables.repeatedHeader(open.rows(), open.headerRows(), next.rows(), next.headerRows())
                        : -1;
                if (repeated >= 0) {
                    List<Row> rows = new ArrayList<>(open.rows());
                    rows.addAll(next.rows().subList(repeated, next.rows().size()));
                    if (rows.size() > limits.maxTableRows()) {
                        throw new ReadException("a table has more than " + limits.maxTableRows()
                                + " rows; plan-extract reads tables up to that size");
                    }
                    open = new DocxTableReader.RawTable(open.gridColumns(), rows, open.headerRows(), 0);
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
            blocks.add(new Table(open.rows(), true, 0));
            if (nestedInOpen > 0) {
                warnings.add(WarningCode.NESTED_TABLE.at(Origin.ofTable(tableCount), tableCount, nestedInOpen));
            }
            open = null;
            nestedInOpen = 0;
        }
    }
}

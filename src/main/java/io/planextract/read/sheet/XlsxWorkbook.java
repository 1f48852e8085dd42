package io.planextract.read.sheet;

import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an XLSX workbook (Excel, WPS, LibreOffice) by streaming each sheet's XML: POI's usermodel
 * would build an object for every cell of a million-row sheet before the first limit could be checked. POI's own
 * sheet handler gives each cell's text as displayed (cached formula results, numbers and dates through the
 * workbook's formats); this class adds what that handler does not report: hidden rows and columns and merges.
 */
final class XlsxWorkbook {
    /**
     * POI holds every part of a package given as bytes in memory and refuses a part over 100,000,000 bytes; below
     * that, a 1,048,576-row sheet of one number a row (about 50 MB) is read until the row limit stops it.
     */
    static final long MAX_UNPACKED_BYTES = 96L << 20;

    private XlsxWorkbook() {
    }

    static void read(byte[] content, ReadLimits limits, SheetCollector collector, List<Warning> warnings)
            throws ReadException, IOException, OpenXML4JException, SAXException {
        checkExpandedSize(content, Math.min(limits.maxDecodedBytes(), MAX_UNPACKED_BYTES));
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookInfo info = new WorkbookInfo();
            try (InputStream in = reader.getWorkbookData()) {
                parse(in, info);
            }
            // phonetic guides (furigana, pinyin) are stored beside a string but not shown: left out
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            SheetFormatter formatter = new SheetFormatter(info.date1904);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    collector.countSheet();
                    String name = sheets.getSheetName();
                    if (info.hidden.contains(name)) {
                        warnings.add(hiddenSheet(name));
                        continue;
                    }
                    collector.beginSheet(name);
                    SheetEvents events = new SheetEvents(collector);
                    events.delegate = new XSSFSheetXMLHandler(styles, null, strings, events, formatter, false);
                    parse(sheet, events);
                    collector.endSheet();
                }
            }
        } finally {
            pkg.revert(); // closes without ever writing back
        }
    }

    static Warning hiddenSheet(String name) {
        return WarningCode.HIDDEN_SHEET.at(Origin.none(), name);
    }

    /**
     * Inflates every entry once, counting, and refuses the workbook past the limit: the sizes a ZIP declares may
     * lie, the inflated bytes cannot. Costs one pass over the data and no memory.
     */
    private static void checkExpandedSize(byte[] content, long max) throws ReadException, IOException {
        long total = 0;
        byte[] buffer = new byte[64 << 10];
        // commons-compress, as POI itself: java.util.zip refuses stored entries followed by a data descriptor
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true,
                true)) {
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > max) {
                        throw new ReadException("this workbook expands to more than " + (max >> 20)
                                + " MB of data, far more than a task table; it was not read");
                    }
                }
            }
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("no XML parser", e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** What {@code xl/workbook.xml} says beyond the sheets' order: which are hidden, and the date system. */
    private static final class WorkbookInfo extends DefaultHandler {
        private final Set<String> hidden = new HashSet<>();
        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (localName.equals("sheet")) {
                String state = a.getValue("state");
                if (state != null && !state.equals("visible") && a.getValue("name") != null) {
                    hidden.add(a.getValue("name"));
                }
            } else if (localName.equals("workbookPr")) {
                date1904 = isTrue(a.getValue("date1904"));
            }
        }
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }

    /**
     * One sheet's XML: rows, hidden columns and merges seen here, every event passed on to POI's handler, whose
     * cells come back through {@link #cell}.
     */
    private static final class SheetEvents extends DefaultHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetCollector collector;
        private XSSFSheetXMLHandler delegate;
        private boolean rowHidden;
        private boolean errorCell;
        private int row = -1;
        private int nextCol;

        SheetEvents(SheetCollector collector) {
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            switch (localName) {
                // a row or column of no height or width is hidden as surely as one marked hidden
                case "row" -> rowHidden = isTrue(a.getValue("hidden")) || isZero(a.getValue("ht"));
                case "c" -> errorCell = "e".equals(a.getValue("t"));
                case "col" -> {
                    if (isTrue(a.getValue("hidden")) || isZero(a.getValue("width"))) {
                        collector.hiddenColumns(number(a.getValue("min")) - 1, number(a.getValue("max")) - 1);
                    }
                }
                case "mergeCell" -> merge(a.getValue("ref"));
                default -> {
                    // everything else is the cell values', which POI's handler reads
                }
            }
            delegate.startElement(uri, localName, qName, a);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            delegate.characters(ch, start, length);
        }

        private void merge(String ref) {
            if (ref == null || !ref.contains(":")) {
                return;
            }
            try {
                CellRangeAddress r = CellRangeAddress.valueOf(ref);
                collector.merge(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn());
            } catch (IllegalArgumentException e) {
                // a damaged reference merges nothing; the cells still show their values
            }
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            nextCol = 0;
            collector.row(rowNum, rowHidden);
        }

        @Override
        public void endRow(int rowNum) {
            // nothing: a row is done when the next begins
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int r = row;
            int c = nextCol;
            if (reference != null) {
                try {
                    CellReference at = new CellReference(reference);
                    r = at.getRow() < 0 ? row : at.getRow();
                    c = at.getCol() < 0 ? nextCol : at.getCol();
                } catch (IllegalArgumentException e) {
                    // a damaged reference: the cell is taken to follow the previous one
                }
            }
            nextCol = c + 1;
            String text = formattedValue;
            if (errorCell && text != null && text.startsWith("ERROR:")) {
                text = text.substring("ERROR:".length()); // Excel shows the error itself: #N/A, #DIV/0!
            }
            collector.value(r, c, text);
        }
    }

    private static boolean isZero(String number) {
        if (number == null) {
            return false;
        }
        try {
            return Double.parseDouble(number.strip()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int number(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

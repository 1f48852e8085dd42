package io.planextract.read.sheet;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.model.Warning;
import io.planextract.read.DocumentReader;
import io.planextract.read.PoiErrors;
import io.planextract.read.PoiGuards;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.util.RecordFormatException;
import org.xml.sax.SAXException;

/**
 * Reads a workbook (XLSX, XLS, or a WPS {@code .et} holding either) into the document model: each visible sheet in
 * order, laid out by {@link SheetLayout} as a title and other lines above its table, the table, and a note below it.
 * Several sheets give several tables. The reader is chosen by the content: a ZIP is OOXML, an OLE2 file BIFF8.
 */
public final class SheetReader implements DocumentReader {

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        PoiGuards.install();
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K';
        boolean ole2 = content.length >= 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
        if (!zip && !ole2) {
            throw new ReadException("this is not a workbook (neither XLSX nor XLS)");
        }
        String label = zip ? "XLSX" : "XLS";
        SheetCollector collector = new SheetCollector(limits);
        List<Warning> warnings = new ArrayList<>();
        try {
            if (zip) {
                XlsxWorkbook.read(content, limits, collector, warnings);
            } else {
                XlsWorkbook.read(content, collector, warnings);
            }
        } catch (SheetCollector.LimitReached e) {
            throw new ReadException(e.getMessage());
        } catch (EncryptedDocumentException e) {
            throw passwordProtected();
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            if (e.getCause() instanceof SheetCollector.LimitReached limit) {
                throw new ReadException(limit.getMessage()); // thrown inside a SAX callback and wrapped there
            }
            if (e instanceof RecordFormatException && String.valueOf(e.getMessage()).contains("maximum length")) {
                throw new ReadException("this workbook holds a part larger than 100 MB, far more than a task table;"
                        + " it was not read", e);
            }
            throw PoiErrors.damaged(label, e);
        }
        List<Block> blocks = new ArrayList<>();
        for (SheetCells sheet : collector.sheets()) {
            SheetLayout.Result laid = SheetLayout.layout(sheet, limits.maxTableCols());
            blocks.addAll(laid.blocks());
            warnings.addAll(laid.warnings());
        }
        return new Document(zip ? Format.XLSX : Format.XLS, blocks, warnings);
    }

    static ReadException passwordProtected() {
        return new ReadException("this workbook is password-protected; open it in Excel or WPS, remove the password"
                + " and save it again");
    }
}

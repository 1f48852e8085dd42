package io.planextract.write;

import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The document properties of every workbook plan-extract writes: named for plan-extract and with no creation time,
 * which POI would otherwise stamp with the clock, so that the same notices give the same bytes on every run.
 */
public final class WorkbookStamp {
    private WorkbookStamp() {
    }

    public static void apply(SXSSFWorkbook workbook) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.empty());
        core.setCreator("plan-extract");
    }
}

package io.planextract.read;

/**
 * What one input may cost. Every reader checks the limits that concern it and fails with a clear
 * {@link ReadException} instead of running out of memory or time.
 *
 * @param maxFileBytes     largest input file read at all
 * @param maxTableRows     rows of one table (of one sheet in a workbook: rows holding a value)
 * @param maxTableCols     columns of one table
 * @param maxHtmlDepth     element nesting depth of an HTML page
 * @param maxCells         cells of one document, all tables (all sheets) together
 * @param maxUnpackedBytes bytes a packaged format (XLSX) may unpack to, all its parts together: the bound on a zip
 *                         bomb, whatever its entries claim (the sheet reader also keeps under POI's own cap)
 * @param maxSheets        sheets of one workbook
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells,
        long maxUnpackedBytes, int maxSheets) {
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 100_000, 64, 512, 2_000_000, 512L << 20, 256);

    /** The limits above with the defaults for unpacked bytes and sheets (the formats before workbooks needed neither). */
    public ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells) {
        this(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, DEFAULT.maxUnpackedBytes(),
                DEFAULT.maxSheets());
    }

    /** These limits with another bound on what a packaged file may unpack to. */
    public ReadLimits withMaxUnpackedBytes(long bytes) {
        return new ReadLimits(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, bytes, maxSheets);
    }

    /** These limits with another bound on the sheets of a workbook. */
    public ReadLimits withMaxSheets(int sheets) {
        return new ReadLimits(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, maxUnpackedBytes,
                sheets);
    }
}

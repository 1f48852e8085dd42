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
 * @param maxSheets        sheets of one workbook
 * @param maxExpandedBytes bytes a compressed workbook (XLSX) may expand to, all its parts together
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells,
        int maxSheets, long maxExpandedBytes) {
    /** Workbooks of real notices hold a few sheets; hundreds is a data export, not a notice. */
    public static final int DEFAULT_MAX_SHEETS = 256;
    /**
     * A task workbook expands to a few MB. POI holds each part in memory and refuses a part over 100,000,000 bytes
     * anyway; below that, a 1,048,576-row sheet of one number a row (about 50 MB) is read until the row limit stops it.
     */
    public static final long DEFAULT_MAX_EXPANDED_BYTES = 96L << 20;

    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 100_000, 64, 512, 2_000_000);

    /** The limits of the formats without sheets; workbooks get the default sheet and expansion limits. */
    public ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells) {
        this(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, DEFAULT_MAX_SHEETS,
                DEFAULT_MAX_EXPANDED_BYTES);
    }
}

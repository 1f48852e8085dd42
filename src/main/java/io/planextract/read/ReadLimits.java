package io.planextract.read;

/**
 * What one input may cost. Every reader checks the limits that concern it and fails with a clear
 * {@link ReadException} instead of running out of memory or time.
 *
 * @param maxFileBytes   largest input file read at all
 * @param maxTableRows   rows of one table
 * @param maxTableCols   columns of one table
 * @param maxHtmlDepth   element nesting depth of an HTML page
 * @param maxCells       cells of one document, all tables together
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells) {
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 100_000, 64, 512, 2_000_000);
}

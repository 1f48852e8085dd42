package io.planextract.write;

/**
 * CSV cells made safe to open in a spreadsheet. A cell starting with {@code = + - @}, a tab or a carriage return
 * is taken by Excel, LibreOffice and Google Sheets for a formula ({@code =HYPERLINK(…)} sends data away, a DDE
 * formula runs a program); as OWASP recommends, such a cell gets a leading {@code '}, which spreadsheets show as
 * text and do not display. Machine consumers that want the exact text turn this off ({@code --raw-csv}).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** {@code cell}, with a leading {@code '} when it would start a formula. */
    public static String neutralise(String cell) {
        return startsFormula(cell) ? "'" + cell : cell;
    }

    static boolean startsFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}

package io.planextract.doc;

/** Input formats, as recognised from a file's content. */
public enum Format {
    TEXT("text"), DOCX("docx"), DOC("doc"), HTML("html"), PDF("pdf"), OFD("ofd"),
    /** Office Open XML workbooks: Excel and WPS {@code .xlsx}, {@code .xlsm}, and WPS {@code .et} saved as OOXML. */
    XLSX("xlsx"),
    /** BIFF8 workbooks in an OLE2 file: Excel 97–2003 {@code .xls} and WPS {@code .et}. */
    XLS("xls");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

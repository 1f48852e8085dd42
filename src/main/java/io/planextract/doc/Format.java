package io.planextract.doc;

/** Input formats, as recognised from a file's content. */
public enum Format {
    TEXT("text"), DOCX("docx"), DOC("doc"), HTML("html"), PDF("pdf"), OFD("ofd");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package io.planextract;

/**
 * Why one input could not be converted: the stage that failed and a message a clerk understands.
 * Bad input always ends here, never in an uncaught exception.
 */
public class ExtractionException extends Exception {
    /** Where in the pipeline the input failed. */
    public enum Stage { READ, TABLE, EXTRACT, WRITE }

    private final Stage stage;

    public ExtractionException(Stage stage, String message) {
        super(message);
        this.stage = stage;
    }

    public ExtractionException(Stage stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }
}

package io.planextract.read;

/** An input that cannot be read, with a message a clerk understands (what is wrong, not a stack trace). */
public class ReadException extends Exception {
    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}

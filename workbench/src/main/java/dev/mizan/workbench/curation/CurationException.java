package dev.mizan.workbench.curation;

/** A decision that cannot be made as asked; the message says why, for the status bar. */
public final class CurationException extends RuntimeException {
    public CurationException(String message) {
        super(message);
    }

    public CurationException(String message, Throwable cause) {
        super(message, cause);
    }
}

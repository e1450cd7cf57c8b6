package dev.mizan.spi;

/** The part of a data set a document belongs to. Splits are made by document, never inside one. */
public enum Split {
    /** No split was asked for: every document. */
    ALL("all"),
    TRAIN("train"),
    VALIDATION("validation"),
    TEST("test");

    private final String fileStem;

    Split(String fileStem) {
        this.fileStem = fileStem;
    }

    /** The name used for files of this split ({@code train}, {@code validation}, {@code test}, {@code all}). */
    public String fileStem() {
        return fileStem;
    }
}

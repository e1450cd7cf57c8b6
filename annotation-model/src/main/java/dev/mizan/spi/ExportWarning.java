package dev.mizan.spi;

/**
 * Something the format could not express as it is in Mizan, reported rather than changed.
 *
 * @param documentId the document
 * @param begin      UTF-16 begin of the span concerned, or -1
 * @param end        UTF-16 end of the span concerned, or -1
 * @param message    what happened and, where it helps, what to do
 */
public record ExportWarning(String documentId, int begin, int end, String message) {
    @Override
    public String toString() {
        return documentId + (begin >= 0 ? " [" + begin + "," + end + ")" : "") + ": " + message;
    }
}

package dev.mizan.model;

/**
 * Where a document came from. Every field but the original file name may be null.
 *
 * @param fileName  the name of the imported file
 * @param publisher the outlet, when known
 * @param url       the address, when known
 * @param date      the publication date (ISO-8601), when known
 */
public record Source(String fileName, String publisher, String url, String date) {
    public static Source ofFile(String fileName) {
        return new Source(fileName, null, null, null);
    }
}

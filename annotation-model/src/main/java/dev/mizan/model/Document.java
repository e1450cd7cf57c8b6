package dev.mizan.model;

import java.util.Objects;

/**
 * An imported text. The text never changes after import; {@link #sha256()} proves it.
 *
 * @param id     a safe slug, also the file name stem on disk
 * @param title  a readable title
 * @param source where the text came from
 * @param text   the exact text
 * @param sha256 the SHA-256 of the UTF-8 bytes of the text, lower-case hex
 */
public record Document(String id, String title, Source source, String text, String sha256) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? id : title;
        source = source == null ? new Source(null, null, null, null) : source;
        sha256 = sha256 == null ? TextHash.sha256(text) : sha256;
    }

    /** A new document whose hash is computed from its text. */
    public static Document of(String id, String title, Source source, String text) {
        return new Document(id, title, source, text, TextHash.sha256(text));
    }

    /** True when the stored hash still matches the text. */
    public boolean hashMatches() {
        return sha256.equals(TextHash.sha256(text));
    }

    /** The text between two UTF-16 offsets. */
    public String cover(int begin, int end) {
        return text.substring(begin, end);
    }
}

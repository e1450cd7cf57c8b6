package dev.mizan.spi;

import java.util.Objects;

/**
 * A file an exporter wrote, described for the dataset card.
 *
 * @param path        the path relative to the export folder, with forward slashes
 * @param offsetUnit  what its offsets count: {@link #CODE_POINTS}, {@link #UTF16}, {@link #TOKENS} or {@link #NONE}
 * @param description what the file holds
 */
public record ExportedFile(String path, String offsetUnit, String description) {
    public static final String CODE_POINTS = "Unicode code points (Python str indices)";
    public static final String UTF16 = "UTF-16 code units (Java/JavaScript string indices)";
    public static final String TOKENS = "no character offsets: one token per line or list item";
    public static final String NONE = "no offsets";

    public ExportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(offsetUnit, "offsetUnit");
        description = description == null ? "" : description;
    }
}

package dev.mizan.io;

import java.nio.file.Path;
import java.util.Locale;

/** Small helpers about input file names. */
public final class InputFiles {
    private InputFiles() {
    }

    /** The file name without its last extension: {@code a/doc.txt} → {@code doc}. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The last extension, lower case, without the dot; empty when there is none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** {@code file} with its extension replaced: {@code doc.ann} → {@code doc.txt}. */
    public static Path sibling(Path file, String extension) {
        return file.resolveSibling(stem(file) + "." + extension);
    }
}

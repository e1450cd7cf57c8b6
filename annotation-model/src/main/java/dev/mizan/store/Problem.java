package dev.mizan.store;

import java.nio.file.Path;

/**
 * One thing wrong in a project, located as precisely as the source allows.
 *
 * @param file    the file, relative to the project folder when possible
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong and, where it helps, what to do
 */
public record Problem(Path file, int line, int column, String message) {
    public static Problem of(Path file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code path:line:col: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}

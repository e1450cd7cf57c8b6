package dev.mizan.io;

import dev.mizan.spi.ImportProblem;
import dev.mizan.store.Utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads an input text file the way every importer must: strict UTF-8, a leading BOM dropped,
 * line endings kept, and clear errors for empty, binary and non-UTF-8 files.
 */
public final class TextInput {
    private static final int BOM_LENGTH = 3;

    private TextInput() {
    }

    /** Reads and decodes {@code file}; on failure adds an error to {@code problems} and returns empty. */
    public static Optional<String> read(Path file, List<ImportProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(ImportProblem.error(file, 0, "does not exist"));
            return Optional.empty();
        } catch (IOException | OutOfMemoryError e) {
            problems.add(ImportProblem.error(file, 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        return decode(file, bytes, problems);
    }

    /** Decodes the bytes of {@code file}; on failure adds an error to {@code problems} and returns empty. */
    public static Optional<String> decode(Path file, byte[] bytes, List<ImportProblem> problems) {
        if (bytes.length == 0) {
            problems.add(ImportProblem.error(file, 0, "is empty: there is no text to import"));
            return Optional.empty();
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            problems.add(ImportProblem.error(file, 0, "looks like a binary file, not text (a NUL byte at byte "
                    + nul + "); import UTF-8 text files only"));
            return Optional.empty();
        }
        int skip = hasBom(bytes) ? BOM_LENGTH : 0;
        byte[] body = skip == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
        String text;
        try {
            text = Utf8.decode(body);
        } catch (Utf8.InvalidUtf8Exception e) {
            problems.add(ImportProblem.error(file, 0, "is not valid UTF-8: invalid byte sequence at byte "
                    + (e.byteOffset() + skip) + "; convert the file to UTF-8 and import it again"));
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.add(ImportProblem.error(file, 0, "holds only white space: there is no text to import"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= BOM_LENGTH && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}

package dev.mizan.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads files of one format into documents and annotations. Importers never touch a project:
 * they only read their input and describe what they found, so a whole import can be checked
 * before anything is written ({@code dev.mizan.io.ProjectImport} does the writing).
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (see {@link Importers}); they
 * need a public no-argument constructor and must be safe to use from one thread at a time.
 */
public interface Importer {
    /** A short, stable name used on the command line, e.g. {@code brat}. */
    String id();

    /** One line for help texts. */
    String description();

    /** File name extensions this importer reads, lower case, without the dot (e.g. {@code ann}). */
    List<String> fileExtensions();

    /**
     * Reads {@code files}. Problems with the input are returned, never thrown: the caller decides,
     * after reading everything, whether anything is written.
     */
    ImportResult read(List<Path> files, ImportOptions options);
}

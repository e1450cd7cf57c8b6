package dev.mizan.spi;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes annotated documents in one file format for other tools (machine learning, other annotation
 * tools). Exporters only write inside the folder they are given; choosing the documents, the source
 * (gold, majority, one annotator) and the splits is done before them, and the dataset card after them.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (see {@link Exporters}); they
 * need a public no-argument constructor. Offsets inside Mizan are UTF-16; an exporter converts them
 * to what its consumers count (code points for Python tools) and says so in {@link ExportedFile#offsetUnit()}.
 */
public interface Exporter {
    /** A short, stable name used on the command line, e.g. {@code conll}. */
    String id();

    /** One line for help texts. */
    String description();

    /**
     * Writes {@code data} into {@code outDir} (which exists and may already hold other exporters' files).
     * Annotations the format cannot express are reported as warnings, never silently changed.
     */
    ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException;
}

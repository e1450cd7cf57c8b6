package dev.mizan.io.export;

import dev.mizan.spi.ExportOptions;

import java.util.List;
import java.util.Objects;

/**
 * What to export.
 *
 * @param source      gold, majority or one annotator
 * @param split       percentages for train/validation/test, or null for no split
 * @param seed        the seed of the split's shuffle
 * @param options     layer, tag scheme, clitic splitting
 * @param documentIds only these documents, or null for all
 */
public record ExportRequest(ExportSource source, SplitSpec split, long seed, ExportOptions options,
                            List<String> documentIds) {
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 42;

    public ExportRequest {
        Objects.requireNonNull(source, "source");
        options = options == null ? ExportOptions.defaults() : options;
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
    }
}

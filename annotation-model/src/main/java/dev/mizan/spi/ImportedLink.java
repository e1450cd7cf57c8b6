package dev.mizan.spi;

import java.util.Objects;

/**
 * The value of a link attribute as an input states it explicitly (e.g. a WebAnno TSV slot feature):
 * the id, in the input, of the span it points at. The import maps it onto a link attribute of the
 * span's layer (adding one with {@code --extend-schema}) and onto the target's id in the project.
 *
 * @param targetId the id of the target span in the same input document
 */
public record ImportedLink(String targetId) {
    public ImportedLink {
        Objects.requireNonNull(targetId, "targetId");
    }
}

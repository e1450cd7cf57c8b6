package dev.mizan.spi;

import java.util.Objects;

/**
 * A directed relation as found in an input file. When {@code type} names a link attribute of the
 * source span's layer (e.g. a stance's {@code holder}), the import stores it as that attribute.
 *
 * @param id   the id in the input, unique within its document
 * @param type the relation type as the input names it
 * @param from the id of the source span
 * @param to   the id of the target span
 * @param line the 1-based line of the input, for messages
 */
public record ImportedRelation(String id, String type, String from, String to, int line) {
    public ImportedRelation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}

package dev.mizan.spi;

import dev.mizan.model.Schema;

import java.util.List;
import java.util.Objects;

/**
 * What an exporter writes: the schema and the documents, each with the one annotation set chosen
 * for the export and its split.
 *
 * @param projectName the project's name
 * @param schema      the project's schema
 * @param source      where the annotations come from: {@code gold}, {@code majority} or {@code annotator:NAME}
 * @param documents   the documents in id order
 */
public record ExportData(String projectName, Schema schema, String source, List<ExportDocument> documents) {
    public ExportData {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(source, "source");
        documents = List.copyOf(documents);
    }

    /** The documents of one split, in id order. */
    public List<ExportDocument> in(Split split) {
        return documents.stream().filter(d -> d.split() == split).toList();
    }

    /** The splits that hold at least one document, in the order train, validation, test (or just ALL). */
    public List<Split> splits() {
        return java.util.Arrays.stream(Split.values()).filter(s -> !in(s).isEmpty()).toList();
    }
}

package dev.mizan.spi;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;

import java.util.Objects;

/**
 * One document to export, with the annotations chosen for it and the split it belongs to.
 *
 * @param document    the document (its text is exported exactly)
 * @param annotations the spans and relations to export (UTF-16 offsets into the document's text)
 * @param split       the split the document is in
 */
public record ExportDocument(Document document, AnnotationSet annotations, Split split) {
    public ExportDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(split, "split");
    }

    public String id() {
        return document.id();
    }

    public String text() {
        return document.text();
    }
}

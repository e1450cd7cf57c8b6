package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The curated (gold) annotation of one document: the same shape as an {@link AnnotationSet}
 * plus the provenance of every span and relation, keyed by their ids, and the curator's
 * rejections (absent in files written before rejections existed: read as none).
 */
@JsonPropertyOrder({"documentId", "textSha256", "status", "created", "modified", "spans", "relations", "provenance",
        "rejected"})
public record GoldSet(String documentId, String textSha256, Status status, List<Span> spans,
                      List<Relation> relations, Map<String, Provenance> provenance,
                      Instant created, Instant modified, List<Rejection> rejected) {

    /** A gold set without rejections (the shape before rejections were recorded). */
    public GoldSet(String documentId, String textSha256, Status status, List<Span> spans,
                   List<Relation> relations, Map<String, Provenance> provenance, Instant created, Instant modified) {
        this(documentId, textSha256, status, spans, relations, provenance, created, modified, List.of());
    }

    public GoldSet {
        Objects.requireNonNull(documentId, "documentId");
        status = status == null ? Status.NEW : status;
        spans = spans == null ? List.of() : spans.stream().sorted(AnnotationSet.SPAN_ORDER).toList();
        relations = relations == null ? List.of() : List.copyOf(relations);
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(provenance));
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }

    /** The gold seen as an annotation set of the pseudo-annotator {@code gold}. */
    public AnnotationSet asAnnotationSet() {
        return new AnnotationSet(GOLD_ANNOTATOR, documentId, textSha256, status, spans, relations, created, modified);
    }

    /** The annotator name under which the gold appears where an annotator is expected. */
    public static final String GOLD_ANNOTATOR = "gold";
}

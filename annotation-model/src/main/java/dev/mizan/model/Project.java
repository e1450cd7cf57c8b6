package dev.mizan.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A whole annotation project in memory: its settings and schema, its documents, every annotator's
 * annotation sets and the gold. Immutable; the store builds new instances.
 *
 * @param name      the project name
 * @param schema    the tag set
 * @param settings  free-form string settings (e.g. {@code curation.minAgree})
 * @param documents documents sorted by id
 * @param annotationSets every annotator's sets
 * @param goldSets  curated sets, one per document at most
 */
public record Project(String name, Schema schema, Map<String, String> settings, List<Document> documents,
                      List<AnnotationSet> annotationSets, List<GoldSet> goldSets) {

    /** The version of the on-disk format this code writes. */
    public static final int FORMAT = 1;

    public Project {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        documents = documents == null ? List.of()
                : documents.stream().sorted(java.util.Comparator.comparing(Document::id)).toList();
        annotationSets = annotationSets == null ? List.of() : List.copyOf(annotationSets);
        goldSets = goldSets == null ? List.of() : List.copyOf(goldSets);
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Document> documentBySha256(String sha256) {
        return documents.stream().filter(d -> d.sha256().equals(sha256)).findFirst();
    }

    /** Annotator ids that have at least one annotation set, sorted. */
    public List<String> annotators() {
        return List.copyOf(new TreeSet<>(annotationSets.stream().map(AnnotationSet::annotator).toList()));
    }

    public Optional<AnnotationSet> annotationSet(String annotator, String documentId) {
        return annotationSets.stream()
                .filter(a -> a.annotator().equals(annotator) && a.documentId().equals(documentId)).findFirst();
    }

    /** The sets of one document, by annotator id. */
    public Map<String, AnnotationSet> annotationSetsOf(String documentId) {
        Map<String, AnnotationSet> result = new TreeMap<>();
        annotationSets.stream().filter(a -> a.documentId().equals(documentId))
                .forEach(a -> result.put(a.annotator(), a));
        return result;
    }

    public Optional<GoldSet> gold(String documentId) {
        return goldSets.stream().filter(g -> g.documentId().equals(documentId)).findFirst();
    }

    public Project withDocuments(List<Document> newDocuments) {
        return new Project(name, schema, settings, newDocuments, annotationSets, goldSets);
    }

    public Project withAnnotationSets(List<AnnotationSet> sets) {
        return new Project(name, schema, settings, documents, sets, goldSets);
    }

    public Project withGoldSets(List<GoldSet> sets) {
        return new Project(name, schema, settings, documents, annotationSets, sets);
    }

    /** A copy in which {@code set} replaces the set of the same annotator and document, or is added. */
    public Project withAnnotationSet(AnnotationSet set) {
        List<AnnotationSet> copy = new java.util.ArrayList<>(annotationSets.stream()
                .filter(a -> !(a.annotator().equals(set.annotator()) && a.documentId().equals(set.documentId())))
                .toList());
        copy.add(set);
        return withAnnotationSets(copy);
    }

    public Project withGoldSet(GoldSet set) {
        List<GoldSet> copy = new java.util.ArrayList<>(goldSets.stream()
                .filter(g -> !g.documentId().equals(set.documentId())).toList());
        copy.add(set);
        return withGoldSets(copy);
    }
}

package dev.mizan.stats;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.Project;
import dev.mizan.model.Span;
import dev.mizan.model.Status;
import dev.mizan.text.ArabicTokenizer;
import dev.mizan.text.Token;
import dev.mizan.text.TokenKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts for a project: documents, tokens ({@link ArabicTokenizer}), annotators, spans per layer,
 * label and annotator, annotation statuses per annotator, and the gold. Span counts cover the
 * annotators' sets; the gold is counted apart.
 *
 * @param name                 the project name
 * @param documents            number of documents
 * @param tokens               tokens of every kind in all texts
 * @param words                tokens that are words, numbers or Latin words (no punctuation or symbols)
 * @param characters           UTF-16 units in all texts
 * @param annotators           annotator ids with at least one set, sorted
 * @param spans                spans in all annotators' sets
 * @param relations            relations in all annotators' sets
 * @param spansPerLayer        spans per layer, in schema order (then unknown layers); JSON sorts the keys
 * @param spansPerAnnotator    spans per annotator
 * @param labels               one count per label: every label of the schema, then labels found in the
 *                             data that the schema does not know
 * @param statusesPerAnnotator sets per status per annotator; a document without a set counts as NEW
 * @param goldDocuments        documents with a gold set
 * @param goldSpans            spans in the gold
 */
@JsonPropertyOrder({"name", "documents", "tokens", "words", "characters", "annotators", "spans", "relations",
        "spansPerLayer", "spansPerAnnotator", "labels", "statusesPerAnnotator", "goldDocuments", "goldSpans"})
public record ProjectStats(String name, int documents, long tokens, long words, long characters,
                           List<String> annotators, long spans, long relations, Map<String, Long> spansPerLayer,
                           Map<String, Long> spansPerAnnotator, List<LabelCount> labels,
                           Map<String, Map<Status, Long>> statusesPerAnnotator, int goldDocuments, long goldSpans) {

    public ProjectStats {
        annotators = List.copyOf(annotators);
        spansPerLayer = Collections.unmodifiableMap(new LinkedHashMap<>(spansPerLayer));
        spansPerAnnotator = Collections.unmodifiableMap(new TreeMap<>(spansPerAnnotator));
        labels = List.copyOf(labels);
        statusesPerAnnotator = Collections.unmodifiableMap(new TreeMap<>(statusesPerAnnotator));
    }

    /** Counts everything in {@code project}; tokenizes the texts in parallel. */
    public static ProjectStats of(Project project) {
        long[] tokenCounts = project.documents().parallelStream().map(ProjectStats::countTokens)
                .reduce(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        List<String> annotators = project.annotators();

        Map<String, Long> perLayer = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Long>>> perLabel = new LinkedHashMap<>();
        for (Layer layer : project.schema().layers()) {
            perLayer.put(layer.name(), 0L);
            Map<String, Map<String, Long>> labels = perLabel.computeIfAbsent(layer.name(), k -> new LinkedHashMap<>());
            for (Label label : layer.labels()) {
                labels.put(label.name(), zeros(annotators));
            }
        }
        Map<String, Long> perAnnotator = new TreeMap<>();
        Map<String, Map<Status, Long>> statuses = new TreeMap<>();
        for (String annotator : annotators) {
            perAnnotator.put(annotator, 0L);
            Map<Status, Long> byStatus = new EnumMap<>(Status.class);
            for (Status status : Status.values()) {
                byStatus.put(status, 0L);
            }
            statuses.put(annotator, byStatus);
        }
        long spans = 0;
        long relations = 0;
        for (AnnotationSet set : project.annotationSets()) {
            statuses.get(set.annotator()).merge(set.status(), 1L, Long::sum);
            relations += set.relations().size();
            for (Span span : set.spans()) {
                spans++;
                perLayer.merge(span.layer(), 1L, Long::sum);
                perAnnotator.merge(set.annotator(), 1L, Long::sum);
                perLabel.computeIfAbsent(span.layer(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(span.label(), k -> zeros(annotators))
                        .merge(set.annotator(), 1L, Long::sum);
            }
        }
        // Documents an annotator has not opened yet are NEW for them.
        for (String annotator : annotators) {
            long withSet = statuses.get(annotator).values().stream().mapToLong(Long::longValue).sum();
            statuses.get(annotator).merge(Status.NEW, Math.max(0, project.documents().size() - withSet), Long::sum);
        }
        List<LabelCount> labels = new ArrayList<>();
        perLabel.forEach((layer, byLabel) -> byLabel.forEach((label, counts) -> labels.add(new LabelCount(layer, label,
                counts.values().stream().mapToLong(Long::longValue).sum(), counts))));
        long goldSpans = project.goldSets().stream().mapToLong(g -> g.spans().size()).sum();
        int goldDocuments = (int) project.goldSets().stream().map(GoldSet::documentId).distinct().count();
        return new ProjectStats(project.name(), project.documents().size(), tokenCounts[0], tokenCounts[1],
                tokenCounts[2], annotators, spans, relations, perLayer, perAnnotator, labels, statuses,
                goldDocuments, goldSpans);
    }

    private static Map<String, Long> zeros(List<String> annotators) {
        Map<String, Long> counts = new TreeMap<>();
        annotators.forEach(a -> counts.put(a, 0L));
        return counts;
    }

    private static long[] countTokens(Document document) {
        List<Token> tokens = ArabicTokenizer.tokenize(document.text());
        long words = tokens.stream().filter(t -> t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.SYMBOL).count();
        return new long[] {tokens.size(), words, document.text().length()};
    }
}

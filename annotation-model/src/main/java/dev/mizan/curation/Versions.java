package dev.mizan.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Relation;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The annotators' spans and relations of one document, indexed by what makes them "the same". */
final class Versions {
    /** One annotator's span. */
    record Made(String annotator, Span span) {
    }

    /** One annotator's relation, its ends as keys. */
    record Drawn(String annotator, Relation relation, SpanKey from, SpanKey to) {
    }

    /** A relation seen across annotators: type and the keys of its ends. */
    record RelationKey(String type, SpanKey from, SpanKey to) {
    }

    private final List<AnnotationSet> sets;
    private final Map<SpanKey, List<Made>> spansByKey = new TreeMap<>(SpanKey.ORDER);
    private final Map<RelationKey, List<Drawn>> relationsByKey = new LinkedHashMap<>();

    Versions(Collection<AnnotationSet> sets) {
        this.sets = sets.stream().sorted(java.util.Comparator.comparing(AnnotationSet::annotator)).toList();
        for (AnnotationSet set : this.sets) {
            for (Span span : set.spans()) {
                List<Made> made = spansByKey.computeIfAbsent(SpanKey.of(span), k -> new ArrayList<>());
                // One vote per annotator, even if an annotator made the same span twice.
                if (made.stream().noneMatch(m -> m.annotator().equals(set.annotator()))) {
                    made.add(new Made(set.annotator(), span));
                }
            }
            for (Relation r : set.relations()) {
                Optional<Span> from = set.span(r.from());
                Optional<Span> to = set.span(r.to());
                if (from.isEmpty() || to.isEmpty()) {
                    continue; // a dangling relation: validation reports it, the merge ignores it
                }
                RelationKey key = new RelationKey(r.type(), SpanKey.of(from.get()), SpanKey.of(to.get()));
                List<Drawn> drawn = relationsByKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (drawn.stream().noneMatch(d -> d.annotator().equals(set.annotator()))) {
                    drawn.add(new Drawn(set.annotator(), r, key.from(), key.to()));
                }
            }
        }
    }

    List<AnnotationSet> sets() {
        return sets;
    }

    List<String> annotators() {
        return sets.stream().map(AnnotationSet::annotator).toList();
    }

    Map<SpanKey, List<Made>> spansByKey() {
        return spansByKey;
    }

    Map<RelationKey, List<Drawn>> relationsByKey() {
        return relationsByKey;
    }

    List<Made> spans(SpanKey key) {
        return spansByKey.getOrDefault(key, List.of());
    }

    List<String> annotatorsOf(SpanKey key) {
        return spans(key).stream().map(Made::annotator).sorted().toList();
    }

    List<String> annotatorsOf(RelationKey key) {
        return relationsByKey.getOrDefault(key, List.of()).stream().map(Drawn::annotator).sorted().toList();
    }

    Optional<AnnotationSet> set(String annotator) {
        return sets.stream().filter(s -> s.annotator().equals(annotator)).findFirst();
    }

    /** The key of the span an annotator's link points at, if that span exists. */
    Optional<SpanKey> linkedKey(String annotator, Object linkValue) {
        if (!(linkValue instanceof String id)) {
            return Optional.empty();
        }
        return set(annotator).flatMap(s -> s.span(id)).map(SpanKey::of);
    }
}

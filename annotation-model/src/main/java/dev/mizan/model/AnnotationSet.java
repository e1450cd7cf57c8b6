package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One annotator's work on one document. Edits produce new sets; nothing is mutated.
 *
 * @param annotator   the annotator id (a safe slug)
 * @param documentId  the document id
 * @param textSha256  the hash of the text the offsets refer to
 * @param status      NEW, IN_PROGRESS or DONE
 * @param spans       spans, kept sorted by begin, then end, then id
 * @param relations   relations between spans of this set
 * @param created     when the set was first saved
 * @param modified    when it was last changed
 */
@JsonPropertyOrder({"annotator", "documentId", "textSha256", "status", "created", "modified", "spans", "relations"})
public record AnnotationSet(String annotator, String documentId, String textSha256, Status status,
                            List<Span> spans, List<Relation> relations, Instant created, Instant modified) {

    /** Reading order of spans: begin, then longer first, then layer and id for stability. */
    public static final Comparator<Span> SPAN_ORDER = AnnotationSet::compareSpans;

    public AnnotationSet {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(documentId, "documentId");
        status = status == null ? Status.NEW : status;
        spans = spans == null ? List.of() : sorted(spans);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    // written out rather than chained comparators: every edit of a 10,000-span set checks the order
    private static int compareSpans(Span a, Span b) {
        int c = Integer.compare(a.begin(), b.begin());
        if (c == 0) {
            c = Integer.compare(b.end(), a.end());
        }
        if (c == 0) {
            c = a.layer().compareTo(b.layer());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /** An unmodifiable copy in {@link #SPAN_ORDER}; an edit's list is almost always in order already, so it is only checked. */
    private static List<Span> sorted(List<Span> spans) {
        Span[] array = spans.toArray(new Span[0]);
        for (int i = 1; i < array.length; i++) {
            if (compareSpans(array[i - 1], array[i]) > 0) {
                Arrays.sort(array, SPAN_ORDER);
                break;
            }
        }
        return Collections.unmodifiableList(Arrays.asList(array));
    }

    /** An empty set for a document. */
    public static AnnotationSet empty(String annotator, Document document, Instant now) {
        return new AnnotationSet(annotator, document.id(), document.sha256(), Status.NEW,
                List.of(), List.of(), now, now);
    }

    public Optional<Span> span(String id) {
        for (Span s : spans) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public List<Span> spansIn(String layer) {
        return spans.stream().filter(s -> s.layer().equals(layer)).toList();
    }

    public AnnotationSet withSpans(List<Span> newSpans, Instant now) {
        return new AnnotationSet(annotator, documentId, textSha256, touchedStatus(), newSpans, relations, created, now);
    }

    public AnnotationSet withRelations(List<Relation> newRelations, Instant now) {
        return new AnnotationSet(annotator, documentId, textSha256, touchedStatus(), spans, newRelations, created, now);
    }

    public AnnotationSet withStatus(Status newStatus, Instant now) {
        return new AnnotationSet(annotator, documentId, textSha256, newStatus, spans, relations, created, now);
    }

    public AnnotationSet withSpan(Span span, Instant now) {
        List<Span> copy = new ArrayList<>(spans.size() + 1);
        boolean placed = false;
        for (Span s : spans) {
            if (!placed && compareSpans(span, s) < 0) {
                copy.add(span);
                placed = true;
            }
            if (!s.id().equals(span.id())) {
                copy.add(s);
            }
        }
        if (!placed) {
            copy.add(span);
        }
        return withSpans(copy, now);
    }

    /** Removes a span and every relation and link attribute that points at it. */
    public AnnotationSet withoutSpan(String spanId, Instant now) {
        List<Span> kept = spans.stream().filter(s -> !s.id().equals(spanId))
                .map(s -> dropLinksTo(s, spanId)).toList();
        List<Relation> keptRelations = relations.stream()
                .filter(r -> !r.from().equals(spanId) && !r.to().equals(spanId)).toList();
        return new AnnotationSet(annotator, documentId, textSha256, touchedStatus(), kept, keptRelations, created, now);
    }

    private static Span dropLinksTo(Span span, String spanId) {
        Span result = span;
        for (var e : span.attributes().entrySet()) {
            if (spanId.equals(e.getValue())) {
                result = result.withAttribute(e.getKey(), null);
            }
        }
        return result;
    }

    private Status touchedStatus() {
        return status == Status.NEW ? Status.IN_PROGRESS : status;
    }

    /** A span id not used in this set, of the form {@code prefix + n}. */
    public String nextSpanId(String prefix) {
        return nextId(prefix, spans.stream().map(Span::id).collect(Collectors.toSet()));
    }

    public String nextRelationId(String prefix) {
        return nextId(prefix, relations.stream().map(Relation::id).collect(Collectors.toSet()));
    }

    private static String nextId(String prefix, Set<String> used) {
        int n = used.size() + 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}

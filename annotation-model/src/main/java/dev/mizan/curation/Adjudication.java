package dev.mizan.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Layer;
import dev.mizan.model.Provenance;
import dev.mizan.model.Rejection;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.model.SpanKey;
import dev.mizan.model.Status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A curator's decisions on the gold of one document. Every operation returns a new gold in which
 * what it touched has MANUAL provenance naming the curator and the time, so the auto-merge leaves it
 * alone from then on. Rejections are remembered so that the auto-merge never brings them back.
 * Operations throw {@link IllegalArgumentException} with a readable message when asked for
 * something that does not exist or does not fit the schema.
 */
public final class Adjudication {
    private final Document document;
    private final Schema schema;
    private final Versions versions;
    private final String curator;
    private final Instant now;

    /**
     * @param document the document
     * @param schema   the project's schema
     * @param sets     the annotators' sets of the document (for provenance: who made the same thing)
     * @param curator  who decides
     * @param now      when
     */
    public Adjudication(Document document, Schema schema, Collection<AnnotationSet> sets, String curator, Instant now) {
        this.document = Objects.requireNonNull(document, "document");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.versions = new Versions(sets.stream().filter(s -> s.documentId().equals(document.id())).toList());
        this.curator = Objects.requireNonNull(curator, "curator");
        this.now = Objects.requireNonNull(now, "now");
    }

    /** An empty gold for the document, to start curating by hand. */
    public GoldSet emptyGold() {
        return new GoldSet(document.id(), document.sha256(), Status.NEW, List.of(), List.of(), Map.of(), now, now);
    }

    /**
     * Takes annotator X's span into the gold with its attributes (links mapped to the gold spans with
     * the same extent and label; a link whose target is not in the gold is left out). If the gold
     * already holds a span with the same extent, layer and label, that span takes X's attributes.
     * A rejection of the same span is withdrawn.
     *
     * @return the new gold; the accepted span's gold id is {@link #goldIdOf(GoldSet, SpanKey)}
     */
    public GoldSet acceptSpan(GoldSet gold, String annotator, String spanId) {
        AnnotationSet set = versions.set(annotator)
                .orElseThrow(() -> new IllegalArgumentException(annotator + " has no annotations of " + document.id()));
        Span span = set.span(spanId)
                .orElseThrow(() -> new IllegalArgumentException(annotator + " has no span " + spanId + " in " + document.id()));
        SpanKey key = SpanKey.of(span);
        Map<String, Object> attributes = new TreeMap<>();
        Layer layer = schema.layer(key.layer()).orElse(null);
        for (var e : span.attributes().entrySet()) {
            boolean link = layer != null && layer.attribute(e.getKey()).map(AttributeDef::type).orElse(null) == AttributeType.LINK;
            if (!link) {
                attributes.put(e.getKey(), e.getValue());
            } else {
                versions.linkedKey(annotator, e.getValue()).flatMap(k -> goldIdOf(gold, k))
                        .ifPresent(id -> attributes.put(e.getKey(), id));
            }
        }
        Optional<String> existing = goldIdOf(gold, key);
        String id = existing.orElseGet(() -> gold.asAnnotationSet().nextSpanId("g"));
        Span accepted = new Span(id, key.begin(), key.end(), key.layer(), key.label(), attributes);
        List<Span> spans = new ArrayList<>(gold.spans().stream().filter(s -> !s.id().equals(id)).toList());
        spans.add(accepted);
        List<Rejection> rejected = gold.rejected().stream().filter(r -> !r.rejects(key)).toList();
        return rebuild(gold, spans, gold.relations(), withManual(gold.provenance(), id, agreeing(key, annotator),
                "accepted " + annotator + "'s span"), rejected);
    }

    /** Rejects a span: removes it from the gold if there (with the relations and links to it) and remembers the rejection. */
    public GoldSet rejectSpan(GoldSet gold, SpanKey key, String note) {
        GoldSet result = gold;
        for (Span s : gold.spans()) {
            if (SpanKey.of(s).equals(key)) {
                result = removeSpan(result, s.id());
            }
        }
        List<Rejection> rejected = new ArrayList<>(result.rejected().stream().filter(r -> !r.rejects(key)).toList());
        rejected.add(Rejection.ofSpan(key, curator, now, note));
        return rebuild(result, result.spans(), result.relations(), result.provenance(), rejected);
    }

    /** Rejects the gold span with this id. */
    public GoldSet rejectGoldSpan(GoldSet gold, String goldId, String note) {
        return rejectSpan(gold, SpanKey.of(goldSpan(gold, goldId)), note);
    }

    /** Rejects an annotator's span (a version in a disagreement). */
    public GoldSet rejectAnnotatorSpan(GoldSet gold, String annotator, String spanId, String note) {
        Span span = versions.set(annotator).flatMap(s -> s.span(spanId))
                .orElseThrow(() -> new IllegalArgumentException(annotator + " has no span " + spanId + " in " + document.id()));
        return rejectSpan(gold, SpanKey.of(span), note);
    }

    /**
     * Changes a gold span's extent and label (same id, so links and relations keep pointing at it).
     * The old version is remembered as rejected so the auto-merge does not add it again next to the
     * edited one.
     */
    public GoldSet editSpan(GoldSet gold, String goldId, int begin, int end, String label) {
        Span span = goldSpan(gold, goldId);
        if (begin < 0 || end > document.text().length() || begin >= end) {
            throw new IllegalArgumentException("[" + begin + "," + end + ") is not a non-empty range inside "
                    + document.id() + " (0.." + document.text().length() + ")");
        }
        Layer layer = schema.layer(span.layer()).orElse(null);
        if (layer != null && layer.label(label).isEmpty()) {
            throw new IllegalArgumentException("layer " + span.layer() + " has no label " + label);
        }
        SpanKey before = SpanKey.of(span);
        Span edited = new Span(goldId, begin, end, span.layer(), label, span.attributes());
        SpanKey after = SpanKey.of(edited);
        List<Span> spans = new ArrayList<>(gold.spans().stream().filter(s -> !s.id().equals(goldId)).toList());
        spans.add(edited);
        List<Rejection> rejected = new ArrayList<>(gold.rejected().stream().filter(r -> !r.rejects(after)).toList());
        if (!before.equals(after) && rejected.stream().noneMatch(r -> r.rejects(before))) {
            rejected.add(Rejection.ofEditedSpan(before, goldId, curator, now, "edited to " + after));
        }
        return rebuild(gold, spans, gold.relations(), withManual(gold.provenance(), goldId, versions.annotatorsOf(after),
                "edited " + before + " to " + after), rejected);
    }

    /**
     * Settles an attribute of a gold span: a value of the attribute's type (for a LINK, the id of a
     * gold span in the allowed layer); null removes the attribute.
     */
    public GoldSet resolveAttribute(GoldSet gold, String goldId, String attribute, Object value) {
        Span span = goldSpan(gold, goldId);
        Layer layer = schema.layer(span.layer())
                .orElseThrow(() -> new IllegalArgumentException("the schema has no layer " + span.layer()));
        AttributeDef def = layer.attribute(attribute)
                .orElseThrow(() -> new IllegalArgumentException("layer " + span.layer() + " has no attribute " + attribute));
        if (value != null) {
            if (!def.accepts(value)) {
                throw new IllegalArgumentException(value + " is not a valid value of " + attribute
                        + (def.values().isEmpty() ? "" : " (one of " + def.values() + ")"));
            }
            if (def.type() == AttributeType.LINK) {
                Span target = gold.spans().stream().filter(s -> s.id().equals(value)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("the gold has no span " + value + " to link to"));
                if (def.targetLayer() != null && !def.targetLayer().equals(target.layer())) {
                    throw new IllegalArgumentException(attribute + " must link to a span of layer " + def.targetLayer());
                }
            }
        }
        List<Span> spans = new ArrayList<>(gold.spans().stream().filter(s -> !s.id().equals(goldId)).toList());
        spans.add(span.withAttribute(attribute, value));
        Provenance p = gold.provenance().get(goldId);
        List<String> annotators = p == null ? List.of() : p.annotators();
        return rebuild(gold, spans, gold.relations(), withManual(gold.provenance(), goldId, annotators,
                "set " + attribute + " = " + value), gold.rejected());
    }

    /** Takes annotator X's relation into the gold; both its ends must already be in the gold. */
    public GoldSet acceptRelation(GoldSet gold, String annotator, String relationId) {
        AnnotationSet set = versions.set(annotator)
                .orElseThrow(() -> new IllegalArgumentException(annotator + " has no annotations of " + document.id()));
        Relation r = set.relations().stream().filter(x -> x.id().equals(relationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(annotator + " has no relation " + relationId));
        SpanKey fromKey = set.span(r.from()).map(SpanKey::of).orElseThrow(() -> dangling(annotator, r));
        SpanKey toKey = set.span(r.to()).map(SpanKey::of).orElseThrow(() -> dangling(annotator, r));
        String from = goldIdOf(gold, fromKey).orElseThrow(() -> notInGold(fromKey));
        String to = goldIdOf(gold, toKey).orElseThrow(() -> notInGold(toKey));
        Optional<Relation> same = gold.relations().stream()
                .filter(x -> x.type().equals(r.type()) && x.from().equals(from) && x.to().equals(to)).findFirst();
        String id = same.map(Relation::id).orElseGet(() -> gold.asAnnotationSet().nextRelationId("r"));
        List<Relation> relations = new ArrayList<>(gold.relations().stream().filter(x -> !x.id().equals(id)).toList());
        relations.add(new Relation(id, r.type(), from, to));
        List<String> agreeing = versions.annotatorsOf(new Versions.RelationKey(r.type(), fromKey, toKey));
        List<Rejection> rejected = gold.rejected().stream().filter(x -> !x.rejects(r.type(), fromKey, toKey)).toList();
        return rebuild(gold, gold.spans(), relations, withManual(gold.provenance(), id,
                agreeing.isEmpty() ? List.of(annotator) : agreeing, "accepted " + annotator + "'s relation"), rejected);
    }

    /** Rejects a relation: removes it from the gold if there and remembers the rejection. */
    public GoldSet rejectRelation(GoldSet gold, String type, SpanKey from, SpanKey to, String note) {
        Optional<String> fromId = goldIdOf(gold, from);
        Optional<String> toId = goldIdOf(gold, to);
        List<Relation> relations = gold.relations().stream()
                .filter(r -> !(r.type().equals(type) && fromId.map(r.from()::equals).orElse(false)
                        && toId.map(r.to()::equals).orElse(false))).toList();
        Map<String, Provenance> provenance = new TreeMap<>(gold.provenance());
        gold.relations().stream().filter(r -> !relations.contains(r)).forEach(r -> provenance.remove(r.id()));
        List<Rejection> rejected = new ArrayList<>(gold.rejected().stream().filter(r -> !r.rejects(type, from, to)).toList());
        rejected.add(Rejection.ofRelation(type, from, to, curator, now, note));
        return rebuild(gold, gold.spans(), relations, provenance, rejected);
    }

    /** Rejects the gold relation with this id. */
    public GoldSet rejectGoldRelation(GoldSet gold, String relationId, String note) {
        Relation r = gold.relations().stream().filter(x -> x.id().equals(relationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the gold of " + document.id() + " has no relation " + relationId));
        return rejectRelation(gold, r.type(), SpanKey.of(goldSpan(gold, r.from())), SpanKey.of(goldSpan(gold, r.to())), note);
    }

    /** Marks the gold of this document finished (or not). */
    public GoldSet withStatus(GoldSet gold, Status status) {
        return new GoldSet(gold.documentId(), gold.textSha256(), status, gold.spans(), gold.relations(),
                gold.provenance(), gold.created(), now, gold.rejected());
    }

    /** The id of the gold span with this extent, layer and label. */
    public static Optional<String> goldIdOf(GoldSet gold, SpanKey key) {
        return gold.spans().stream().filter(s -> SpanKey.of(s).equals(key)).map(Span::id).findFirst();
    }

    private List<String> agreeing(SpanKey key, String annotator) {
        Set<String> all = new HashSet<>(versions.annotatorsOf(key));
        all.add(annotator);
        return all.stream().sorted().toList();
    }

    private Map<String, Provenance> withManual(Map<String, Provenance> provenance, String id, List<String> annotators,
                                               String note) {
        Map<String, Provenance> copy = new TreeMap<>(provenance);
        copy.put(id, new Provenance(Provenance.Origin.MANUAL, annotators, curator, now, note));
        return copy;
    }

    private GoldSet removeSpan(GoldSet gold, String spanId) {
        AnnotationSet without = gold.asAnnotationSet().withoutSpan(spanId, now);
        Map<String, Provenance> provenance = new TreeMap<>(gold.provenance());
        provenance.remove(spanId);
        gold.relations().stream().filter(r -> !without.relations().contains(r)).forEach(r -> provenance.remove(r.id()));
        return rebuild(gold, without.spans(), without.relations(), provenance, gold.rejected());
    }

    private GoldSet rebuild(GoldSet gold, List<Span> spans, List<Relation> relations, Map<String, Provenance> provenance,
                            List<Rejection> rejected) {
        Status status = gold.status() == Status.NEW ? Status.IN_PROGRESS : gold.status();
        return new GoldSet(gold.documentId(), gold.textSha256(), status, spans, relations, provenance,
                gold.created() == null ? now : gold.created(), now, rejected);
    }

    private Span goldSpan(GoldSet gold, String goldId) {
        return gold.spans().stream().filter(s -> s.id().equals(goldId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the gold of " + document.id() + " has no span " + goldId));
    }

    private IllegalArgumentException dangling(String annotator, Relation r) {
        return new IllegalArgumentException(annotator + "'s relation " + r.id() + " points at a span that does not exist");
    }

    private static IllegalArgumentException notInGold(SpanKey key) {
        return new IllegalArgumentException("the span " + key + " is not in the gold yet: accept it first");
    }
}

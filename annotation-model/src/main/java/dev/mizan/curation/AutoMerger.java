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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The auto-merge: a span (same begin, end, layer and label) that at least k annotators made enters
 * the gold; its attributes by the same threshold (links mapped to the gold ids of the linked spans);
 * a relation when both its ends are in the gold and at least k annotators drew it. Everything else
 * becomes a {@link Disagreement}.
 * <p>
 * Manual decisions are never touched: a span or relation whose provenance is MANUAL (or that has no
 * provenance, because a person put it there) stays as it is, and a rejected span or relation is not
 * brought back. Elements the merge added earlier are recomputed, keeping their ids and timestamps
 * when nothing changed, so re-running it on unchanged annotations leaves the gold file byte for byte
 * the same.
 * <p>
 * An annotator takes part when their set of the document has spans or is no longer NEW: an untouched
 * set is not a vote for "nothing here".
 */
public final class AutoMerger {
    private static final String SPAN_PREFIX = "g";
    private static final String RELATION_PREFIX = "r";

    private final Schema schema;
    private final MergeOptions options;

    public AutoMerger(Schema schema, MergeOptions options) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** True when the set counts as an annotator's vote (see the class comment). */
    public static boolean takesPart(AnnotationSet set) {
        return set.status() != Status.NEW || !set.spans().isEmpty();
    }

    /**
     * Merges the annotators' sets of one document into its gold.
     *
     * @param document the document
     * @param sets     the annotators' sets of this document (others are ignored)
     * @param existing the current gold, or null when there is none yet
     * @param now      the time recorded for what changes
     */
    public MergeResult merge(Document document, Collection<AnnotationSet> sets, GoldSet existing, Instant now) {
        List<AnnotationSet> taking = sets.stream()
                .filter(s -> s.documentId().equals(document.id()) && takesPart(s)).toList();
        Versions versions = new Versions(taking);
        int k = options.threshold(taking.size());
        GoldSet old = existing != null ? existing
                : new GoldSet(document.id(), document.sha256(), Status.NEW, List.of(), List.of(), Map.of(), now, now);

        Map<String, Provenance> provenance = new TreeMap<>();
        List<Span> manualSpans = new ArrayList<>();
        Map<SpanKey, Span> oldAuto = new HashMap<>();
        for (Span s : old.spans()) {
            Provenance p = old.provenance().get(s.id());
            if (isAuto(p)) {
                oldAuto.putIfAbsent(SpanKey.of(s), s);
            } else {
                manualSpans.add(s);
                if (p != null) {
                    provenance.put(s.id(), p);
                }
            }
        }
        Set<SpanKey> manualKeys = new HashSet<>();
        manualSpans.forEach(s -> manualKeys.add(SpanKey.of(s)));
        Set<String> referencedByManual = referencedByManual(old, manualSpans);

        // Which spans the merge holds: agreed, not rejected, not already decided by hand.
        List<SpanKey> agreed = new ArrayList<>();
        for (var e : versions.spansByKey().entrySet()) {
            SpanKey key = e.getKey();
            if (e.getValue().size() >= k && !isRejected(old, key) && !manualKeys.contains(key)) {
                agreed.add(key);
            }
        }
        // An earlier auto span that a manual decision points at stays, so the decision keeps its meaning.
        List<Span> keptAuto = new ArrayList<>();
        for (Span s : oldAuto.values()) {
            SpanKey key = SpanKey.of(s);
            if (!agreed.contains(key) && referencedByManual.contains(s.id()) && !isRejected(old, key)) {
                keptAuto.add(s);
                provenance.put(s.id(), old.provenance().get(s.id()));
            }
        }

        Set<String> usedIds = new HashSet<>();
        manualSpans.forEach(s -> usedIds.add(s.id()));
        keptAuto.forEach(s -> usedIds.add(s.id()));
        agreed.stream().map(oldAuto::get).filter(Objects::nonNull).forEach(s -> usedIds.add(s.id()));
        Map<SpanKey, String> goldIdByKey = new HashMap<>();
        manualSpans.forEach(s -> goldIdByKey.putIfAbsent(SpanKey.of(s), s.id()));
        keptAuto.forEach(s -> goldIdByKey.putIfAbsent(SpanKey.of(s), s.id()));
        IdSource spanIds = new IdSource(SPAN_PREFIX, usedIds);
        for (SpanKey key : agreed) {
            Span before = oldAuto.get(key);
            goldIdByKey.put(key, before != null ? before.id() : spanIds.next());
        }

        // Links and relations drawn to a version the curator edited follow the edited span.
        Set<String> present = new HashSet<>(goldIdByKey.values());
        for (Rejection r : old.rejected()) {
            if (r.kind() == Rejection.Kind.SPAN && r.replacedBy() != null && present.contains(r.replacedBy())) {
                goldIdByKey.putIfAbsent(r.span(), r.replacedBy());
            }
        }

        List<Disagreement> disagreements = new ArrayList<>();
        List<Span> spans = new ArrayList<>(manualSpans);
        spans.addAll(keptAuto);
        for (SpanKey key : agreed) {
            String id = goldIdByKey.get(key);
            Map<String, Object> attributes = mergeAttributes(key, id, versions, goldIdByKey, k, disagreements);
            Span span = new Span(id, key.begin(), key.end(), key.layer(), key.label(), attributes);
            spans.add(span);
            Provenance fresh = new Provenance(Provenance.Origin.AUTO, versions.annotatorsOf(key), options.curator(), now,
                    note(versions.spans(key).size(), taking.size(), k));
            provenance.put(id, keepTimeIfSame(old, oldAuto.get(key), span, fresh));
        }

        List<Relation> relations = mergeRelations(old, versions, goldIdByKey, k, now, provenance, disagreements);
        disagreements.addAll(0, spanDisagreements(old, versions, k, manualSpans, goldIdByKey));

        boolean changed = !(old.spans().equals(sorted(spans)) && old.relations().equals(relations)
                && old.provenance().equals(provenance)) || existing == null;
        boolean anything = !spans.isEmpty() || !relations.isEmpty();
        Status status = old.status() == Status.NEW && anything ? Status.IN_PROGRESS : old.status();
        changed |= status != old.status();
        GoldSet gold = new GoldSet(document.id(), document.sha256(), status, spans, relations, provenance,
                old.created() == null ? now : old.created(), changed ? now : old.modified(), old.rejected());
        int mergedRelations = (int) relations.stream().filter(r -> isAuto(provenance.get(r.id()))).count();
        return new MergeResult(gold, versions.annotators(), k, agreed.size(), mergedRelations, manualSpans.size(),
                disagreements, changed);
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans.stream().sorted(AnnotationSet.SPAN_ORDER).toList();
    }

    static boolean isAuto(Provenance p) {
        return p != null && p.origin() == Provenance.Origin.AUTO;
    }

    private static boolean isRejected(GoldSet gold, SpanKey key) {
        return gold.rejected().stream().anyMatch(r -> r.rejects(key));
    }

    private static String note(int agreeing, int annotators, int k) {
        return agreeing + " of " + annotators + " annotators agreed (" + k + " needed)";
    }

    /** The earlier provenance when the span and who agreed are unchanged, so re-runs do not touch the file. */
    private static Provenance keepTimeIfSame(GoldSet old, Span before, Span now, Provenance fresh) {
        if (before == null || !before.equals(now)) {
            return fresh;
        }
        Provenance p = old.provenance().get(before.id());
        boolean same = p != null && p.annotators().equals(fresh.annotators()) && Objects.equals(p.curator(), fresh.curator())
                && Objects.equals(p.note(), fresh.note());
        return same ? p : fresh;
    }

    private static Set<String> referencedByManual(GoldSet old, List<Span> manualSpans) {
        Set<String> ids = new HashSet<>();
        for (Relation r : old.relations()) {
            if (!isAuto(old.provenance().get(r.id()))) {
                ids.add(r.from());
                ids.add(r.to());
            }
        }
        for (Span s : manualSpans) {
            s.attributes().values().forEach(v -> {
                if (v instanceof String str) {
                    ids.add(str);
                }
            });
        }
        return ids;
    }

    private Map<String, Object> mergeAttributes(SpanKey key, String goldId, Versions versions,
                                                Map<SpanKey, String> goldIdByKey, int k, List<Disagreement> disagreements) {
        List<Versions.Made> made = versions.spans(key);
        Set<String> names = new TreeSet<>();
        Layer layer = schema.layer(key.layer()).orElse(null);
        if (layer != null) {
            layer.attributes().forEach(a -> names.add(a.name()));
        }
        made.forEach(m -> names.addAll(m.span().attributes().keySet()));
        Map<String, Object> result = new TreeMap<>();
        for (String name : names) {
            boolean link = layer != null && layer.attribute(name).map(AttributeDef::type).orElse(null) == AttributeType.LINK;
            Map<Object, Integer> votes = new LinkedHashMap<>();
            List<Disagreement.Version> shown = new ArrayList<>();
            for (Versions.Made m : made) {
                Object value = m.span().attributes().get(name);
                Object vote = link ? linkVote(m.annotator(), value, versions, goldIdByKey) : value;
                votes.merge(vote == null ? Absent.VALUE : vote, 1, Integer::sum);
                shown.add(new Disagreement.Version(m.annotator(), m.span().id(), key.begin(), key.end(), key.label(),
                        vote instanceof Unmapped u ? u.annotatorSpanId : vote));
            }
            Object winner = votes.entrySet().stream().filter(e -> e.getValue() >= k).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (winner == null || winner instanceof Unmapped) {
                disagreements.add(new Disagreement(Disagreement.Kind.ATTRIBUTE, key.layer(), key.begin(), key.end(),
                        goldId, name, shown));
            } else if (winner != Absent.VALUE) {
                result.put(name, winner);
            }
        }
        return result;
    }

    /** A link as a vote: the gold id of the linked span, or a marker when that span is not in the gold. */
    private static Object linkVote(String annotator, Object value, Versions versions, Map<SpanKey, String> goldIdByKey) {
        if (value == null) {
            return null;
        }
        return versions.linkedKey(annotator, value).map(goldIdByKey::get).<Object>map(id -> id)
                .orElseGet(() -> new Unmapped(versions.linkedKey(annotator, value).map(SpanKey::toString)
                        .orElse(annotator + ":" + value), String.valueOf(value)));
    }

    /** A link to a span that is not (yet) in the gold; equal when two annotators link to the same span. */
    private record Unmapped(String key, String annotatorSpanId) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Unmapped u && u.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    /** "No value" as a vote. */
    private enum Absent { VALUE }

    private List<Relation> mergeRelations(GoldSet old, Versions versions, Map<SpanKey, String> goldIdByKey, int k,
                                          Instant now, Map<String, Provenance> provenance, List<Disagreement> disagreements) {
        Set<String> goldIds = new HashSet<>(goldIdByKey.values());
        List<Relation> manual = new ArrayList<>();
        Map<String, Relation> oldAuto = new HashMap<>();
        for (Relation r : old.relations()) {
            Provenance p = old.provenance().get(r.id());
            if (isAuto(p)) {
                oldAuto.putIfAbsent(r.type() + " " + r.from() + " " + r.to(), r);
            } else {
                manual.add(r);
                if (p != null) {
                    provenance.put(r.id(), p);
                }
            }
        }
        Set<String> manualTriples = new HashSet<>();
        manual.forEach(r -> manualTriples.add(r.type() + " " + r.from() + " " + r.to()));
        Set<String> used = new HashSet<>();
        manual.forEach(r -> used.add(r.id()));
        oldAuto.values().forEach(r -> used.add(r.id()));
        IdSource ids = new IdSource(RELATION_PREFIX, used);

        List<Relation> result = new ArrayList<>(manual);
        for (var e : versions.relationsByKey().entrySet()) {
            Versions.RelationKey key = e.getKey();
            String from = goldIdByKey.get(key.from());
            String to = goldIdByKey.get(key.to());
            boolean rejected = old.rejected().stream().anyMatch(r -> r.rejects(key.type(), key.from(), key.to()));
            if (from == null || to == null || rejected || !goldIds.contains(from) || !goldIds.contains(to)) {
                continue;
            }
            String triple = key.type() + " " + from + " " + to;
            if (manualTriples.contains(triple)) {
                continue;
            }
            if (e.getValue().size() >= k) {
                Relation before = oldAuto.get(triple);
                Relation r = new Relation(before != null ? before.id() : ids.next(), key.type(), from, to);
                result.add(r);
                Provenance fresh = new Provenance(Provenance.Origin.AUTO, versions.annotatorsOf(key), options.curator(),
                        now, note(e.getValue().size(), versions.sets().size(), k));
                Provenance was = before == null ? null : old.provenance().get(before.id());
                provenance.put(r.id(), was != null && was.annotators().equals(fresh.annotators())
                        && Objects.equals(was.note(), fresh.note()) && Objects.equals(was.curator(), fresh.curator())
                        ? was : fresh);
            } else {
                List<Disagreement.Version> shown = e.getValue().stream()
                        .map(d -> new Disagreement.Version(d.annotator(), d.relation().id(), key.from().begin(),
                                key.from().end(), key.type(), to)).toList();
                disagreements.add(new Disagreement(Disagreement.Kind.RELATION, key.from().layer(), key.from().begin(),
                        key.from().end(), from, key.type(), shown));
            }
        }
        return result;
    }

    /**
     * Spans too few annotators made, grouped with the spans they overlap in the same layer. A minority
     * span is settled when the gold holds it, a curator rejected it, or a curator decided a span that
     * overlaps it in the same layer.
     */
    private List<Disagreement> spanDisagreements(GoldSet old, Versions versions, int k, List<Span> manualSpans,
                                                 Map<SpanKey, String> goldIdByKey) {
        List<SpanKey> open = new ArrayList<>();
        for (var e : versions.spansByKey().entrySet()) {
            SpanKey key = e.getKey();
            boolean settled = e.getValue().size() >= k || goldIdByKey.containsKey(key) || isRejected(old, key)
                    || manualSpans.stream().anyMatch(s -> s.layer().equals(key.layer())
                    && s.begin() < key.end() && key.begin() < s.end());
            if (!settled) {
                open.add(key);
            }
        }
        Map<String, List<SpanKey>> byLayer = new TreeMap<>();
        open.forEach(key -> byLayer.computeIfAbsent(key.layer(), l -> new ArrayList<>()).add(key));
        List<Disagreement> result = new ArrayList<>();
        for (var e : byLayer.entrySet()) {
            List<SpanKey> keys = e.getValue().stream().sorted(java.util.Comparator.comparingInt(SpanKey::begin)).toList();
            int i = 0;
            while (i < keys.size()) {
                int begin = keys.get(i).begin();
                int end = keys.get(i).end();
                int j = i + 1;
                while (j < keys.size() && keys.get(j).begin() < end) {
                    end = Math.max(end, keys.get(j).end());
                    j++;
                }
                result.add(new Disagreement(Disagreement.Kind.SPAN, e.getKey(), begin, end, null, null,
                        versionsOverlapping(versions, e.getKey(), begin, end)));
                i = j;
            }
        }
        result.sort(java.util.Comparator.comparingInt(Disagreement::begin).thenComparing(Disagreement::layer));
        return result;
    }

    private static List<Disagreement.Version> versionsOverlapping(Versions versions, String layer, int begin, int end) {
        List<Disagreement.Version> result = new ArrayList<>();
        for (AnnotationSet set : versions.sets()) {
            for (Span s : set.spansIn(layer)) {
                if (s.begin() < end && begin < s.end()) {
                    result.add(new Disagreement.Version(set.annotator(), s.id(), s.begin(), s.end(), s.label(), null));
                }
            }
        }
        return result;
    }

    /** Fresh ids {@code prefix + n}, skipping ids in use. */
    static final class IdSource {
        private final String prefix;
        private final Set<String> used;
        private int n = 1;

        IdSource(String prefix, Set<String> used) {
            this.prefix = prefix;
            this.used = new HashSet<>(used);
        }

        String next() {
            while (used.contains(prefix + n)) {
                n++;
            }
            String id = prefix + n;
            used.add(id);
            return id;
        }
    }
}

package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;
import dev.mizan.model.RelationType;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Link mode: the annotator has chosen what to link (a link attribute such as {@code holder}, or a
 * relation type) from a source span, and now picks the other end among the candidate spans,
 * nearest first. Swing-free.
 *
 * @param sourceId   the span the link starts from
 * @param target     what is being set
 * @param candidates the spans that may be picked, nearest to the source first
 * @param index      the candidate now shown
 */
public record LinkPick(String sourceId, Target target, List<Span> candidates, int index) {
    /** What a link sets: an attribute of the source span, or a relation from it. */
    public record Target(String name, boolean relation, String targetLayer) {
        public String describe() {
            return relation ? "relation " + name : name;
        }
    }

    /** The link attributes and relation types a span can start. */
    public static List<Target> targetsFor(Schema schema, Span source) {
        List<Target> result = new ArrayList<>();
        Layer layer = schema.layer(source.layer()).orElse(null);
        if (layer != null) {
            for (AttributeDef def : layer.attributes()) {
                if (def.type() == AttributeType.LINK) {
                    result.add(new Target(def.name(), false, def.targetLayer()));
                }
            }
        }
        for (RelationType type : schema.relationTypes()) {
            if (type.sourceLayer() == null || type.sourceLayer().equals(source.layer())) {
                result.add(new Target(type.name(), true, type.targetLayer()));
            }
        }
        return result;
    }

    /** Starts picking; the candidates are the spans of the target layer other than the source, nearest first. */
    public static LinkPick start(AnnotationSet set, Span source, Target target) {
        List<Span> candidates = new ArrayList<>(set.spans().stream()
                .filter(s -> !s.id().equals(source.id()))
                .filter(s -> target.targetLayer() == null || target.targetLayer().equals(s.layer()))
                .toList());
        candidates.sort(Comparator.comparingInt((Span s) -> distance(source, s)).thenComparingInt(Span::begin));
        return new LinkPick(source.id(), target, List.copyOf(candidates), 0);
    }

    private static int distance(Span a, Span b) {
        if (a.overlaps(b)) {
            return 0;
        }
        return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() - b.end();
    }

    public boolean hasCandidates() {
        return !candidates.isEmpty();
    }

    public Span current() {
        return candidates.isEmpty() ? null : candidates.get(index);
    }

    public LinkPick next(boolean forward) {
        if (candidates.isEmpty()) {
            return this;
        }
        int n = candidates.size();
        return new LinkPick(sourceId, target, candidates, ((forward ? index + 1 : index - 1) + n) % n);
    }

    /** Sets the link in the session: the attribute, or a new relation. */
    public void commit(EditSession session, String targetSpanId) {
        if (target.relation()) {
            session.addRelation(target.name(), sourceId, targetSpanId);
        } else {
            session.setAttribute(sourceId, target.name(), targetSpanId);
        }
    }
}

package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.Objects;

/**
 * A curator's decision that a span or a relation does NOT belong in the gold, kept so that
 * re-running the auto-merge never brings it back.
 *
 * @param kind         SPAN or RELATION
 * @param span         the rejected span (kind SPAN)
 * @param relationType the rejected relation's type (kind RELATION)
 * @param from         the rejected relation's source span (kind RELATION)
 * @param to           the rejected relation's target span (kind RELATION)
 * @param curator      who decided
 * @param at           when
 * @param note         an optional comment
 * @param replacedBy   when a curator edited a gold span, the id of the edited span: links and relations
 *                     that annotators drew to the old version follow it there; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "span", "relationType", "from", "to", "curator", "at", "note", "replacedBy"})
public record Rejection(Kind kind, SpanKey span, String relationType, SpanKey from, SpanKey to,
                        String curator, Instant at, String note, String replacedBy) {
    /** What was rejected. */
    public enum Kind { SPAN, RELATION }

    public Rejection {
        Objects.requireNonNull(kind, "kind");
    }

    public static Rejection ofSpan(SpanKey span, String curator, Instant at, String note) {
        return new Rejection(Kind.SPAN, span, null, null, null, curator, at, note, null);
    }

    /** A span version a curator replaced by editing the gold span {@code goldId}. */
    public static Rejection ofEditedSpan(SpanKey span, String goldId, String curator, Instant at, String note) {
        return new Rejection(Kind.SPAN, span, null, null, null, curator, at, note, goldId);
    }

    public static Rejection ofRelation(String type, SpanKey from, SpanKey to, String curator, Instant at, String note) {
        return new Rejection(Kind.RELATION, null, type, from, to, curator, at, note, null);
    }

    /** True when this rejects exactly that span. */
    public boolean rejects(SpanKey key) {
        return kind == Kind.SPAN && key.equals(span);
    }

    /** True when this rejects exactly that relation. */
    public boolean rejects(String type, SpanKey fromKey, SpanKey toKey) {
        return kind == Kind.RELATION && type.equals(relationType) && fromKey.equals(from) && toKey.equals(to);
    }
}

package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;
import java.util.Objects;

/**
 * What makes two spans "the same" across annotators: layer, label and UTF-16 extent. Ids and
 * attributes are not part of it.
 */
@JsonPropertyOrder({"layer", "label", "begin", "end"})
public record SpanKey(String layer, String label, int begin, int end) {
    /** Text order: begin, then longer first, then layer and label. */
    public static final Comparator<SpanKey> ORDER = Comparator.comparingInt(SpanKey::begin)
            .thenComparing(Comparator.comparingInt(SpanKey::end).reversed())
            .thenComparing(SpanKey::layer).thenComparing(SpanKey::label);

    public SpanKey {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
    }

    public static SpanKey of(Span span) {
        return new SpanKey(span.layer(), span.label(), span.begin(), span.end());
    }

    @Override
    public String toString() {
        return layer + "/" + label + "[" + begin + "," + end + ")";
    }
}

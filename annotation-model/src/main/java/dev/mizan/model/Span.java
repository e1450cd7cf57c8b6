package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A labelled stretch of a document's text.
 *
 * @param id         stable within its annotation set
 * @param begin      first UTF-16 offset (inclusive)
 * @param end        last UTF-16 offset (exclusive)
 * @param layer      the schema layer
 * @param label      the label within the layer
 * @param attributes attribute values: String (enum, text, link = span id) or Boolean, sorted by name
 */
@JsonPropertyOrder({"id", "layer", "label", "begin", "end", "attributes"})
public record Span(String id, int begin, int end, String layer, String label, Map<String, Object> attributes) {
    public Span {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        attributes = attributes == null || attributes.isEmpty()
                ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public Span(String id, int begin, int end, String layer, String label) {
        this(id, begin, end, layer, label, Map.of());
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean sameExtent(Span other) {
        return begin == other.begin && end == other.end;
    }

    public Span withLabel(String newLabel) {
        return new Span(id, begin, end, layer, newLabel, attributes);
    }

    public Span withBounds(int newBegin, int newEnd) {
        return new Span(id, newBegin, newEnd, layer, label, attributes);
    }

    /** A copy with one attribute set; a null value removes it. */
    public Span withAttribute(String name, Object value) {
        Map<String, Object> copy = new TreeMap<>(attributes);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Span(id, begin, end, layer, label, copy);
    }
}

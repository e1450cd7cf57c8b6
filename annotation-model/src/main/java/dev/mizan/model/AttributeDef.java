package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * The definition of one attribute of a span layer.
 *
 * @param name        the attribute name stored in annotation files
 * @param type        what kind of value it holds
 * @param values      the allowed values of an {@link AttributeType#ENUM}; empty otherwise
 * @param targetLayer for a {@link AttributeType#LINK}, the layer the linked span must be in;
 *                    null means any layer
 * @param description what the attribute means
 */
@JsonPropertyOrder({"name", "type", "values", "targetLayer", "description"})
public record AttributeDef(String name, AttributeType type, List<String> values, String targetLayer,
                           String description) {
    public AttributeDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = values == null ? List.of() : List.copyOf(values);
        description = description == null ? "" : description;
    }

    /** True when {@code value} is a well-typed value of this attribute (links are checked elsewhere). */
    public boolean accepts(Object value) {
        return switch (type) {
            case ENUM -> value instanceof String s && values.contains(s);
            case BOOLEAN -> value instanceof Boolean;
            case TEXT, LINK -> value instanceof String;
        };
    }
}

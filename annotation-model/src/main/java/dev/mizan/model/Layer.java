package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A span layer of the schema: a family of labels (entity, stance, claim...) with its attributes.
 */
@JsonPropertyOrder({"name", "arabicName", "description", "labels", "attributes"})
public record Layer(String name, String arabicName, String description, List<Label> labels,
                    List<AttributeDef> attributes) {
    public Layer {
        Objects.requireNonNull(name, "name");
        arabicName = arabicName == null ? "" : arabicName;
        description = description == null ? "" : description;
        labels = labels == null ? List.of() : List.copyOf(labels);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public Optional<Label> label(String labelName) {
        return labels.stream().filter(l -> l.name().equals(labelName)).findFirst();
    }

    public Optional<AttributeDef> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }
}

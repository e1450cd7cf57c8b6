package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * A kind of directed relation between two spans.
 *
 * @param sourceLayer the layer of the "from" span; null means any layer
 * @param targetLayer the layer of the "to" span; null means any layer
 */
@JsonPropertyOrder({"name", "sourceLayer", "targetLayer", "description"})
public record RelationType(String name, String sourceLayer, String targetLayer, String description) {
    public RelationType {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }
}

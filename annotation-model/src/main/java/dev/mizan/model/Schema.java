package dev.mizan.model;

import java.util.List;
import java.util.Optional;

/** The tag set of a project: its span layers and relation types. */
public record Schema(List<Layer> layers, List<RelationType> relationTypes) {
    public Schema {
        layers = layers == null ? List.of() : List.copyOf(layers);
        relationTypes = relationTypes == null ? List.of() : List.copyOf(relationTypes);
    }

    public Optional<Layer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public Optional<RelationType> relationType(String name) {
        return relationTypes.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}

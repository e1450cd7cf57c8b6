package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/** A directed, typed relation between two spans of the same annotation set. */
@JsonPropertyOrder({"id", "type", "from", "to"})
public record Relation(String id, String type, String from, String to) {
    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}

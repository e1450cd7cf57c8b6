package dev.mizan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * One label of a span layer, e.g. {@code PER} in the entity layer.
 *
 * @param name        the stable name stored in annotation files
 * @param arabicName  the Arabic display name
 * @param color       a CSS-style hex colour ({@code #RRGGBB}) for highlights
 * @param hotkey      a single key that applies the label in the editor, or null
 * @param description what the label means, for the guidelines and tooltips
 */
@JsonPropertyOrder({"name", "arabicName", "hotkey", "color", "description"})
public record Label(String name, String arabicName, String color, String hotkey, String description) {
    public Label {
        Objects.requireNonNull(name, "name");
        arabicName = arabicName == null ? "" : arabicName;
        color = color == null ? "#cccccc" : color;
        description = description == null ? "" : description;
    }
}

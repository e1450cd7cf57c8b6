package dev.mizan.workbench.shell.views;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;
import dev.mizan.model.Relation;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The properties of the selected annotation: its label and extent, every attribute its layer
 * defines (set or not), and the relations that touch it. Links show the text of the span they
 * point at.
 */
public final class PropertiesModel {
    /** What kind of row it is, so the view knows how to edit it. */
    public enum Kind { LABEL, EXTENT, ATTRIBUTE, LINK, RELATION }

    /**
     * One row.
     *
     * @param name     the attribute or field name
     * @param value    the stored value ("" when unset)
     * @param shown    the value as shown (a link shows the linked text)
     * @param kind     what it is
     * @param choices  allowed values for an enum/boolean attribute or a label, else empty
     * @param targetId for a link or relation, the span it points to; else null
     */
    public record Row(String name, String value, String shown, Kind kind, List<String> choices, String targetId) {
    }

    private PropertiesModel() {
    }

    public static List<Row> rows(Schema schema, AnnotationSet set, String text, String spanId) {
        Optional<Span> found = spanId == null ? Optional.empty() : set.span(spanId);
        if (found.isEmpty()) {
            return List.of();
        }
        Span span = found.get();
        Optional<Layer> layer = schema.layer(span.layer());
        List<Row> rows = new ArrayList<>();
        List<String> labels = layer.map(l -> l.labels().stream().map(dev.mizan.model.Label::name).toList()).orElse(List.of());
        rows.add(new Row("label", span.label(), span.layer() + " / " + span.label(), Kind.LABEL, labels, null));
        rows.add(new Row("text", span.begin() + "–" + span.end(), OutlineModel.cover(text, span.begin(), span.end()),
                Kind.EXTENT, List.of(), null));
        for (AttributeDef def : layer.map(Layer::attributes).orElse(List.of())) {
            Object v = span.attributes().get(def.name());
            String value = v == null ? "" : String.valueOf(v);
            if (def.type() == AttributeType.LINK) {
                String shown = v == null ? "" : set.span(value)
                        .map(t -> OutlineModel.cover(text, t.begin(), t.end()) + " (" + t.label() + ")")
                        .orElse(value + " (missing)");
                rows.add(new Row(def.name(), value, shown, Kind.LINK, List.of(), v == null ? null : value));
            } else {
                List<String> choices = switch (def.type()) {
                    case ENUM -> def.values();
                    case BOOLEAN -> List.of("true", "false");
                    default -> List.of();
                };
                rows.add(new Row(def.name(), value, value, Kind.ATTRIBUTE, choices, null));
            }
        }
        for (Relation r : set.relations()) {
            if (r.from().equals(span.id()) || r.to().equals(span.id())) {
                boolean outgoing = r.from().equals(span.id());
                String other = outgoing ? r.to() : r.from();
                String otherText = set.span(other).map(t -> OutlineModel.cover(text, t.begin(), t.end())).orElse(other);
                rows.add(new Row(r.type(), other, (outgoing ? "→ " : "← ") + otherText, Kind.RELATION, List.of(), other));
            }
        }
        return List.copyOf(rows);
    }
}

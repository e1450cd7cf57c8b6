package dev.mizan.io;

import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.RelationType;
import dev.mizan.model.Schema;
import dev.mizan.spi.ImportedLink;
import dev.mizan.store.SafeIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the layer, label, attribute and relation names of an input onto the project's schema.
 * Names the schema lacks are errors, or, when the user allows it ({@code --extend-schema}),
 * additions to a working copy of the schema, each one recorded so the summary can list it.
 */
final class SchemaMapping {
    /** Layer names other tools use for Mizan's layers (lower case, without the package). */
    private static final Map<String, String> ALIASES = Map.of(
            "namedentity", "entity",
            "entities", "entity",
            "ner", "entity",
            "stances", "stance",
            "claims", "claim");

    private static final String[] PALETTE = {"#e6b3b3", "#b3c6e6", "#b3e6c1", "#e6deb3", "#d1b3e6", "#b3e0e6"};

    private final List<Layer> layers;
    private final List<RelationType> relationTypes;
    private final boolean extend;
    private final List<String> additions = new ArrayList<>();

    SchemaMapping(Schema schema, boolean extend) {
        this.layers = new ArrayList<>(schema.layers());
        this.relationTypes = new ArrayList<>(schema.relationTypes());
        this.extend = extend;
    }

    /** A resolved name, or why it could not be resolved. */
    record Resolved<T>(T value, String error) {
        static <T> Resolved<T> of(T value) {
            return new Resolved<>(value, null);
        }

        static <T> Resolved<T> failed(String error) {
            return new Resolved<>(null, error);
        }

        boolean ok() {
            return error == null;
        }
    }

    /** Where a span goes in the schema. */
    record LayerLabel(String layer, String label) {
    }

    /** The layer and label of a span, given the input's layer name (or null) and label. */
    Resolved<LayerLabel> span(String layerHint, String label) {
        if (layerHint == null) {
            List<Layer> holding = layers.stream().filter(l -> l.label(label).isPresent()).toList();
            if (holding.isEmpty()) {
                holding = layers.stream().filter(l -> labelIgnoringCase(l, label).isPresent()).toList();
            }
            if (holding.size() == 1) {
                Layer l = holding.get(0);
                return Resolved.of(new LayerLabel(l.name(), labelIgnoringCase(l, label).orElseThrow().name()));
            }
            if (holding.size() > 1) {
                return Resolved.failed("the label '" + label + "' is in several layers ("
                        + String.join(", ", holding.stream().map(Layer::name).toList()) + "); rename it in the input so it names one");
            }
            if (layers.isEmpty()) {
                return Resolved.failed("the project's schema has no layers to put the label '" + label + "' in");
            }
            Layer first = layers.get(0);
            if (!extend) {
                return Resolved.failed("the label '" + label + "' is not in the project's schema (labels: "
                        + allLabels() + "); fix the label, or add it to the '" + first.name() + "' layer with --extend-schema");
            }
            addLabel(first, label);
            return Resolved.of(new LayerLabel(first.name(), label));
        }
        Resolved<Layer> layer = layer(layerHint);
        if (!layer.ok()) {
            return Resolved.failed(layer.error());
        }
        Layer l = layer.value();
        if (label.isEmpty()) {
            // Formats with a layer but no label (a WebAnno layer without a label feature) fit a
            // layer that has one label, such as stance or claim.
            return l.labels().size() == 1 ? Resolved.of(new LayerLabel(l.name(), l.labels().get(0).name()))
                    : Resolved.failed("a '" + l.name() + "' annotation has no label, and the layer has "
                    + l.labels().size() + " labels to choose from; label it in the source tool");
        }
        Optional<Label> found = l.label(label).or(() -> labelIgnoringCase(l, label));
        if (found.isPresent()) {
            return Resolved.of(new LayerLabel(l.name(), found.get().name()));
        }
        if (!extend) {
            return Resolved.failed("the label '" + label + "' is not in the layer '" + l.name() + "' (labels: "
                    + String.join(", ", l.labels().stream().map(Label::name).toList())
                    + "); fix the label, or add it with --extend-schema");
        }
        addLabel(l, label);
        return Resolved.of(new LayerLabel(l.name(), label));
    }

    /** The schema layer for an input's layer name (a Mizan name, a WebAnno type, an alias). */
    Resolved<Layer> layer(String hint) {
        String simple = hint.substring(hint.lastIndexOf('.') + 1);
        for (String candidate : List.of(hint, simple, ALIASES.getOrDefault(simple.toLowerCase(Locale.ROOT), simple))) {
            Optional<Layer> l = layers.stream().filter(x -> x.name().equalsIgnoreCase(candidate)).findFirst();
            if (l.isPresent()) {
                return Resolved.of(l.get());
            }
        }
        if (!extend) {
            return Resolved.failed("the layer '" + hint + "' is not in the project's schema (layers: "
                    + String.join(", ", layers.stream().map(Layer::name).toList())
                    + "); add it with --extend-schema");
        }
        String name = SafeIds.slug(simple);
        Layer added = new Layer(name, "", "Added by an import of '" + hint + "'.", List.of(), List.of());
        layers.add(added);
        additions.add("layer '" + name + "' (from " + hint + ")");
        return Resolved.of(added);
    }

    /** An attribute as the schema names it, with its checked value. */
    record AttributeValue(String name, Object value) {
    }

    /**
     * The attribute definition and checked value of a span attribute. Link values are returned as
     * they are (span ids of the input) for the caller to map.
     */
    Resolved<AttributeValue> attribute(String layerName, String name, Object value) {
        Layer layer = layerNamed(layerName);
        Optional<AttributeDef> def = layer.attribute(name)
                .or(() -> layer.attributes().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst());
        if (value instanceof ImportedLink link) {
            return link(layer, name, def, link);
        }
        if (def.isEmpty()) {
            if (!extend) {
                return Resolved.failed("the attribute '" + name + "' is not defined for the layer '" + layerName
                        + "'; add it with --extend-schema");
            }
            AttributeType type = value instanceof Boolean ? AttributeType.BOOLEAN : AttributeType.TEXT;
            replaceLayer(layer, withAttribute(layer, new AttributeDef(name, type, List.of(), null, "Added by an import.")));
            additions.add("attribute '" + name + "' (" + type.name().toLowerCase(Locale.ROOT) + ") of layer '" + layerName + "'");
            return Resolved.of(new AttributeValue(name, value));
        }
        AttributeDef d = def.get();
        return switch (d.type()) {
            case BOOLEAN -> {
                if (value instanceof Boolean) {
                    yield Resolved.of(new AttributeValue(d.name(), value));
                }
                String s = String.valueOf(value).toLowerCase(Locale.ROOT);
                yield s.equals("true") || s.equals("false") ? Resolved.of(new AttributeValue(d.name(), Boolean.valueOf(s)))
                        : Resolved.failed("the attribute '" + d.name() + "' is true or false, not '" + value + "'");
            }
            case ENUM -> {
                Optional<String> v = d.values().stream().filter(x -> x.equalsIgnoreCase(String.valueOf(value))).findFirst();
                if (v.isPresent()) {
                    yield Resolved.of(new AttributeValue(d.name(), v.get()));
                }
                if (!extend) {
                    yield Resolved.failed("the attribute '" + d.name() + "' takes one of " + d.values() + ", not '" + value
                            + "'; fix the value, or add it with --extend-schema");
                }
                List<String> values = new ArrayList<>(d.values());
                values.add(String.valueOf(value));
                replaceLayer(layer, withAttribute(layer, new AttributeDef(d.name(), d.type(), values, d.targetLayer(), d.description())));
                additions.add("value '" + value + "' of attribute '" + d.name() + "'");
                yield Resolved.of(new AttributeValue(d.name(), String.valueOf(value)));
            }
            case TEXT, LINK -> Resolved.of(new AttributeValue(d.name(), String.valueOf(value)));
        };
    }

    /** A link the input states as one: only a link attribute takes it; a missing one is added when allowed. */
    private Resolved<AttributeValue> link(Layer layer, String name, Optional<AttributeDef> def, ImportedLink link) {
        if (def.isPresent()) {
            return def.get().type() == AttributeType.LINK ? Resolved.of(new AttributeValue(def.get().name(), link.targetId()))
                    : Resolved.failed("the attribute '" + def.get().name() + "' of the layer '" + layer.name() + "' is "
                    + def.get().type().name().toLowerCase(Locale.ROOT) + ", but the input links it to a span; rename the link "
                    + "in the source tool, or make the attribute a link in the schema");
        }
        if (!extend) {
            return Resolved.failed("the link attribute '" + name + "' is not defined for the layer '" + layer.name()
                    + "'; add it with --extend-schema");
        }
        replaceLayer(layer, withAttribute(layer, new AttributeDef(name, AttributeType.LINK, List.of(), null, "Added by an import.")));
        additions.add("attribute '" + name + "' (link) of layer '" + layer.name() + "'");
        return Resolved.of(new AttributeValue(name, link.targetId()));
    }

    /** The link attribute of {@code layerName} called {@code name}, if any. */
    Optional<AttributeDef> link(String layerName, String name) {
        return layerNamed(layerName).attributes().stream()
                .filter(a -> a.type() == AttributeType.LINK && a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The relation type called {@code name}, added when allowed. */
    Resolved<String> relationType(String name) {
        Optional<RelationType> t = relationTypes.stream().filter(r -> r.name().equals(name)).findFirst()
                .or(() -> relationTypes.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst());
        if (t.isPresent()) {
            return Resolved.of(t.get().name());
        }
        if (!extend) {
            return Resolved.failed("the relation type '" + name + "' is not in the project's schema (relation types: "
                    + String.join(", ", relationTypes.stream().map(RelationType::name).toList())
                    + "); fix it, or add it with --extend-schema");
        }
        relationTypes.add(new RelationType(name, null, null, "Added by an import."));
        additions.add("relation type '" + name + "'");
        return Resolved.of(name);
    }

    boolean changed() {
        return !additions.isEmpty();
    }

    List<String> additions() {
        return List.copyOf(additions);
    }

    Schema schema() {
        return new Schema(layers, relationTypes);
    }

    private Layer layerNamed(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static Optional<Label> labelIgnoringCase(Layer l, String label) {
        return l.labels().stream().filter(x -> x.name().equalsIgnoreCase(label)).findFirst();
    }

    private String allLabels() {
        return String.join(", ", layers.stream().flatMap(l -> l.labels().stream()).map(Label::name).toList());
    }

    private void addLabel(Layer layer, String label) {
        List<Label> labels = new ArrayList<>(layer.labels());
        int n = layers.stream().mapToInt(l -> l.labels().size()).sum();
        labels.add(new Label(label, "", PALETTE[n % PALETTE.length], null, "Added by an import."));
        replaceLayer(layer, new Layer(layer.name(), layer.arabicName(), layer.description(), labels, layer.attributes()));
        additions.add("label '" + label + "' in layer '" + layer.name() + "'");
    }

    private static Layer withAttribute(Layer layer, AttributeDef def) {
        List<AttributeDef> attrs = new ArrayList<>(layer.attributes().stream().filter(a -> !a.name().equals(def.name())).toList());
        attrs.add(def);
        return new Layer(layer.name(), layer.arabicName(), layer.description(), layer.labels(), attrs);
    }

    private void replaceLayer(Layer old, Layer updated) {
        int i = layers.indexOf(layerNamed(old.name()));
        layers.set(i, updated);
    }
}

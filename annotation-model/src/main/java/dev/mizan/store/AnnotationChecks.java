package dev.mizan.store;

import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;
import dev.mizan.model.Relation;
import dev.mizan.model.RelationType;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;
import dev.mizan.text.TextBoundaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the spans and relations of one annotation or gold set against the schema and the text:
 * known layers, labels and attributes, well-typed values, spans inside the text on valid boundaries,
 * unique ids, and relations and links that point to existing spans of the right layer.
 * Lists are in file order so each finding can name its element ({@code /spans/3}).
 */
public final class AnnotationChecks {

    private AnnotationChecks() {
    }

    /**
     * @param schema    the project's schema
     * @param text      the document's text, or null when the document is unknown (offsets are then not checked)
     * @param spans     the spans in file order; null entries (unreadable) are skipped
     * @param relations the relations in file order; null entries are skipped
     */
    public static List<Finding> check(Schema schema, String text, List<Span> spans, List<Relation> relations) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Span> byId = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (span != null && byId.putIfAbsent(span.id(), span) != null) {
                findings.add(new Finding("/spans/" + i + "/id", "duplicate span id \"" + span.id() + "\""));
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i) != null) {
                checkSpan(schema, text, spans.get(i), "/spans/" + i, byId, findings);
            }
        }
        Map<String, Relation> relationIds = new HashMap<>();
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            if (relation == null) {
                continue;
            }
            String at = "/relations/" + i;
            if (relationIds.putIfAbsent(relation.id(), relation) != null) {
                findings.add(new Finding(at + "/id", "duplicate relation id \"" + relation.id() + "\""));
            }
            checkRelation(schema, relation, at, byId, findings);
        }
        return findings;
    }

    private static void checkSpan(Schema schema, String text, Span span, String at, Map<String, Span> byId,
                                  List<Finding> findings) {
        String name = "span \"" + span.id() + "\"";
        if (span.begin() < 0) {
            findings.add(new Finding(at + "/begin", name + " begins before the text (begin " + span.begin() + ")"));
        } else if (span.end() < span.begin()) {
            findings.add(new Finding(at + "/end", name + " ends before it begins (" + span.begin() + ".." + span.end() + ")"));
        } else if (span.end() == span.begin()) {
            findings.add(new Finding(at + "/end", name + " is empty (" + span.begin() + ".." + span.end() + ")"));
        } else if (text != null && span.end() > text.length()) {
            findings.add(new Finding(at + "/end", name + " ends at " + span.end() + ", past the end of the text ("
                    + text.length() + " UTF-16 units)"));
        } else if (text != null) {
            checkBoundary(text, span.begin(), name + " begins", at + "/begin", findings);
            checkBoundary(text, span.end(), name + " ends", at + "/end", findings);
        }
        Optional<Layer> layer = schema.layer(span.layer());
        if (layer.isEmpty()) {
            findings.add(new Finding(at + "/layer", name + " has unknown layer \"" + span.layer() + "\""));
            return;
        }
        if (layer.get().label(span.label()).isEmpty()) {
            findings.add(new Finding(at + "/label", name + " has label \"" + span.label()
                    + "\", which is not in layer \"" + span.layer() + "\""));
        }
        for (Map.Entry<String, Object> attribute : span.attributes().entrySet()) {
            String where = at + "/attributes/" + JsonLocations.escape(attribute.getKey());
            Optional<AttributeDef> def = layer.get().attribute(attribute.getKey());
            if (def.isEmpty()) {
                findings.add(new Finding(where, name + " has unknown attribute \"" + attribute.getKey()
                        + "\" for layer \"" + span.layer() + "\""));
            } else {
                checkAttribute(def.get(), attribute.getValue(), name, where, byId, findings);
            }
        }
    }

    private static void checkBoundary(String text, int offset, String what, String at, List<Finding> findings) {
        String why = TextBoundaries.whyInvalid(text, offset);
        if (why != null) {
            findings.add(new Finding(at, what + " inside a character: " + why));
        }
    }

    private static void checkAttribute(AttributeDef def, Object value, String name, String at,
                                       Map<String, Span> byId, List<Finding> findings) {
        if (value == null) {
            return;
        }
        if (!def.accepts(value)) {
            String expected = switch (def.type()) {
                case ENUM -> "one of " + def.values();
                case BOOLEAN -> "true or false";
                case TEXT -> "a string";
                case LINK -> "a span id";
            };
            findings.add(new Finding(at, name + ": attribute \"" + def.name() + "\" is " + describe(value)
                    + ", expected " + expected));
            return;
        }
        if (def.type() == AttributeType.LINK) {
            Span target = byId.get((String) value);
            if (target == null) {
                findings.add(new Finding(at, name + ": link \"" + def.name() + "\" points to span \"" + value
                        + "\", which does not exist"));
            } else if (def.targetLayer() != null && !def.targetLayer().equals(target.layer())) {
                findings.add(new Finding(at, name + ": link \"" + def.name() + "\" must point to a span of layer \""
                        + def.targetLayer() + "\", but span \"" + value + "\" is in layer \"" + target.layer() + "\""));
            }
        }
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static void checkRelation(Schema schema, Relation relation, String at, Map<String, Span> byId,
                                      List<Finding> findings) {
        String name = "relation \"" + relation.id() + "\"";
        Optional<RelationType> type = schema.relationType(relation.type());
        if (type.isEmpty()) {
            findings.add(new Finding(at + "/type", name + " has unknown type \"" + relation.type() + "\""));
        }
        checkEnd(relation.from(), "from", type.map(RelationType::sourceLayer).orElse(null), name, at, byId, findings);
        checkEnd(relation.to(), "to", type.map(RelationType::targetLayer).orElse(null), name, at, byId, findings);
    }

    private static void checkEnd(String spanId, String field, String layer, String name, String at,
                                 Map<String, Span> byId, List<Finding> findings) {
        Span span = byId.get(spanId);
        if (span == null) {
            findings.add(new Finding(at + "/" + field, name + ": \"" + field + "\" points to span \"" + spanId
                    + "\", which does not exist"));
        } else if (layer != null && !layer.equals(span.layer())) {
            findings.add(new Finding(at + "/" + field, name + ": \"" + field + "\" must be a span of layer \"" + layer
                    + "\", but span \"" + spanId + "\" is in layer \"" + span.layer() + "\""));
        }
    }

    /** Checks the schema itself: relation types and links name existing layers, enums have values. */
    public static List<Finding> checkSchema(Schema schema) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < schema.layers().size(); i++) {
            Layer layer = schema.layers().get(i);
            String at = "/schema/layers/" + i;
            if (seen.putIfAbsent(layer.name(), i) != null) {
                findings.add(new Finding(at + "/name", "duplicate layer \"" + layer.name() + "\""));
            }
            Map<String, Integer> labels = new HashMap<>();
            for (int j = 0; j < layer.labels().size(); j++) {
                if (labels.putIfAbsent(layer.labels().get(j).name(), j) != null) {
                    findings.add(new Finding(at + "/labels/" + j + "/name", "duplicate label \""
                            + layer.labels().get(j).name() + "\" in layer \"" + layer.name() + "\""));
                }
            }
            for (int j = 0; j < layer.attributes().size(); j++) {
                AttributeDef def = layer.attributes().get(j);
                String where = at + "/attributes/" + j;
                if (def.type() == AttributeType.ENUM && def.values().isEmpty()) {
                    findings.add(new Finding(where, "attribute \"" + def.name() + "\" of layer \"" + layer.name()
                            + "\" is an enum without values"));
                }
                if (def.type() == AttributeType.LINK && def.targetLayer() != null
                        && schema.layer(def.targetLayer()).isEmpty()) {
                    findings.add(new Finding(where + "/targetLayer", "link \"" + def.name() + "\" of layer \""
                            + layer.name() + "\" targets unknown layer \"" + def.targetLayer() + "\""));
                }
            }
        }
        for (int i = 0; i < schema.relationTypes().size(); i++) {
            RelationType type = schema.relationTypes().get(i);
            String at = "/schema/relationTypes/" + i;
            if (type.sourceLayer() != null && schema.layer(type.sourceLayer()).isEmpty()) {
                findings.add(new Finding(at + "/sourceLayer", "relation type \"" + type.name()
                        + "\" has unknown source layer \"" + type.sourceLayer() + "\""));
            }
            if (type.targetLayer() != null && schema.layer(type.targetLayer()).isEmpty()) {
                findings.add(new Finding(at + "/targetLayer", "relation type \"" + type.name()
                        + "\" has unknown target layer \"" + type.targetLayer() + "\""));
            }
        }
        return findings;
    }
}

package dev.mizan.agreement;

import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one layer's statistics live in a document's statistics row, and which labels, attributes and
 * link types it has. Offsets are filled by {@link ProjectAgreement} when it lays out the row.
 */
final class LayerPlan {
    final String layer;
    final List<String> labels;
    final Map<String, Integer> labelIndex = new HashMap<>();
    /** Attributes compared on matched spans: ENUM and BOOLEAN. */
    final List<AttributeDef> attributes = new ArrayList<>();
    final List<List<String>> attributeValues = new ArrayList<>();
    /** LINK attribute names and relation types whose spans start in this layer. */
    final List<String> linkTypes;

    int[] alphaUSlot;
    int[] alphaUOffset;
    /** [label][pair] offsets of (tp, |A|, |B|). */
    int[][] exactOffset;
    int[][] overlapOffset;
    int[] boundaryOffset;
    /** Per pair: n, diagonal, rows[k], cols[k] with k = labels + O. */
    int[] tokenPairOffset;
    /** All annotators: values, coincidence diagonal, marginals[k]. */
    int tokenAlphaOffset;
    /** All annotators: Σ P_i, units, totals[k]. */
    int tokenFleissOffset;
    /** [attribute][pair] offsets of (values, diagonal, marginals[v]). */
    int[][] attributeOffset;
    /** [link type][pair] offsets of (tp, |A|, |B|). */
    int[][] linkOffset;

    LayerPlan(Layer layer, List<String> extraLabels, List<String> linkTypes) {
        this.layer = layer.name();
        List<String> all = new ArrayList<>(layer.labels().stream().map(l -> l.name()).toList());
        extraLabels.stream().filter(l -> !all.contains(l)).sorted().forEach(all::add);
        labels = List.copyOf(all);
        for (int i = 0; i < labels.size(); i++) {
            labelIndex.put(labels.get(i), i);
        }
        for (AttributeDef a : layer.attributes()) {
            if (a.type() == AttributeType.ENUM) {
                attributes.add(a);
                attributeValues.add(a.values());
            } else if (a.type() == AttributeType.BOOLEAN) {
                attributes.add(a);
                attributeValues.add(List.of("false", "true"));
            }
        }
        this.linkTypes = List.copyOf(linkTypes);
    }

    /** Token categories: the labels and O (outside every span). */
    int tokenCategories() {
        return labels.size() + 1;
    }
}

package dev.mizan.stats;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many spans carry one label, in all and per annotator.
 *
 * @param layer        the layer
 * @param label        the label
 * @param total        spans with this label over all annotators (gold excluded)
 * @param perAnnotator spans with this label per annotator id, sorted; annotators without any are 0
 */
@JsonPropertyOrder({"layer", "label", "total", "perAnnotator"})
public record LabelCount(String layer, String label, long total, Map<String, Long> perAnnotator) {
    public LabelCount {
        perAnnotator = Collections.unmodifiableMap(new TreeMap<>(perAnnotator));
    }
}

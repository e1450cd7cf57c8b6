package dev.mizan.workbench.curation;

import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.Schema;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/** Label colours from the schema, and the colours of disagreements, for the Curate view. */
final class LaneColors {
    static final Color DISAGREEMENT = new Color(0xff, 0x8f, 0x00);
    static final Color CURRENT = new Color(0xd8, 0x43, 0x15);
    private static final Color UNKNOWN = new Color(0xbdbdbd);
    private final Map<String, Color> colors = new HashMap<>();

    LaneColors(Schema schema) {
        for (Layer layer : schema.layers()) {
            for (Label label : layer.labels()) {
                colors.put(layer.name() + "/" + label.name(), parse(label.color()));
            }
        }
    }

    Color of(String layer, String label) {
        return colors.getOrDefault(layer + "/" + label, UNKNOWN);
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static Color parse(String hex) {
        try {
            return new Color(Integer.parseInt(hex.replace("#", ""), 16));
        } catch (NumberFormatException | NullPointerException e) {
            return UNKNOWN;
        }
    }
}

package dev.mizan.workbench.editor;

import dev.mizan.model.Label;
import dev.mizan.model.Layer;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/** Colours of labels (from the schema) and the underline row of each layer. */
final class SpanStyles {
    private static final Color UNKNOWN = new Color(0xcccccc);
    private final Map<String, Color> colors = new HashMap<>();
    private final Map<String, Integer> layerRows = new HashMap<>();

    SpanStyles(Schema schema) {
        int row = 0;
        for (Layer layer : schema.layers()) {
            layerRows.put(layer.name(), row++);
            for (Label label : layer.labels()) {
                colors.put(layer.name() + "/" + label.name(), parse(label.color()));
            }
        }
    }

    int layerCount() {
        return Math.max(1, layerRows.size());
    }

    Color color(Span span) {
        return colors.getOrDefault(span.layer() + "/" + span.label(), UNKNOWN);
    }

    /**
     * Background fill: the first layer (entities, short) strong, longer layers lighter so nested
     * spans show. On a dark background the fills are fainter so light letters stay readable.
     */
    Color fill(Span span, boolean dark) {
        Color c = color(span);
        int alpha = row(span) == 0 ? (dark ? 105 : 170) : (dark ? 60 : 95);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    Color line(Span span) {
        return color(span).darker();
    }

    int row(Span span) {
        return layerRows.getOrDefault(span.layer(), layerRows.size());
    }

    private static Color parse(String hex) {
        try {
            return new Color(Integer.parseInt(hex.replace("#", ""), 16));
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}

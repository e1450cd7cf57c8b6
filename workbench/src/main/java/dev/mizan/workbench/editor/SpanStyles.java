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
    // every colour of a label made once: painting asks for them for each span on each line
    private final Map<String, Map<String, Style>> styles = new HashMap<>();
    private final Map<String, Integer> layerRows = new HashMap<>();
    private final Map<Integer, Style> unknown = new HashMap<>();

    private record Style(Color color, Color fillLight, Color fillDark, Color line) {
        static Style of(Color c, int row) {
            return new Style(c, withAlpha(c, row == 0 ? 170 : 95), withAlpha(c, row == 0 ? 105 : 60), c.darker());
        }

        private static Color withAlpha(Color c, int alpha) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
        }
    }

    SpanStyles(Schema schema) {
        int row = 0;
        for (Layer layer : schema.layers()) {
            int r = row++;
            layerRows.put(layer.name(), r);
            Map<String, Style> byLabel = new HashMap<>();
            for (Label label : layer.labels()) {
                byLabel.put(label.name(), Style.of(parse(label.color()), r));
            }
            styles.put(layer.name(), byLabel);
        }
    }

    private Style style(Span span) {
        Map<String, Style> byLabel = styles.get(span.layer());
        Style s = byLabel == null ? null : byLabel.get(span.label());
        return s != null ? s : unknown.computeIfAbsent(row(span), r -> Style.of(UNKNOWN, r));
    }

    int layerCount() {
        return Math.max(1, layerRows.size());
    }

    Color color(Span span) {
        return style(span).color();
    }

    /**
     * Background fill: the first layer (entities, short) strong, longer layers lighter so nested
     * spans show. On a dark background the fills are fainter so light letters stay readable.
     */
    Color fill(Span span, boolean dark) {
        Style s = style(span);
        return dark ? s.fillDark() : s.fillLight();
    }

    Color line(Span span) {
        return style(span).line();
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

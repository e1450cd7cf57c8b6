package dev.mizan.workbench.agreement;

import javax.swing.UIManager;
import java.awt.Color;

/**
 * Colors for values from the current look and feel, so charts read well in the light and the dark
 * theme alike: agreement blends the table background toward the accent color, disagreement (values
 * below 0) toward the error color, and text takes whichever of black or white contrasts more.
 */
final class HeatColors {
    private HeatColors() {
    }

    static Color background() {
        return color("Table.background", Color.WHITE);
    }

    static Color foreground() {
        return color("Table.foreground", Color.BLACK);
    }

    static Color grid() {
        return color("Table.gridColor", Color.GRAY);
    }

    static Color accent() {
        return color("Component.accentColor", color("Component.focusColor", new Color(0x2675BF)));
    }

    static Color negative() {
        return color("Component.error.focusedBorderColor", new Color(0xD04437));
    }

    /** The fill of a cell holding {@code value} on a scale of -1..1; null (undefined) is the plain background. */
    static Color fill(Double value) {
        if (value == null) {
            return background();
        }
        double v = Math.max(-1, Math.min(1, value));
        return v >= 0 ? blend(background(), accent(), 0.15 + 0.85 * v) : blend(background(), negative(), 0.15 + 0.85 * -v);
    }

    /** The fill of a count cell, by its share of the largest count. */
    static Color count(long count, long max, boolean diagonal) {
        if (count == 0 || max == 0) {
            return background();
        }
        double share = 0.15 + 0.85 * count / (double) max;
        return blend(background(), diagonal ? accent() : negative(), share);
    }

    /** Black or white, whichever stands out more on {@code fill}. */
    static Color textOn(Color fill) {
        double l = luminance(fill);
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
    }

    static Color blend(Color from, Color to, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * u),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * u),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * u));
    }

    /** Relative luminance as in WCAG 2. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }
}

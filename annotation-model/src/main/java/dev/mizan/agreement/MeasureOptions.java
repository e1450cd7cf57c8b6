package dev.mizan.agreement;

import java.util.Objects;

/**
 * Settings a measure may read: the level of measurement (Krippendorff's α) and the weights (weighted κ).
 */
public record MeasureOptions(Level level, Weights weights) {
    public MeasureOptions {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(weights, "weights");
    }

    public static MeasureOptions defaults() {
        return new MeasureOptions(Level.NOMINAL, Weights.LINEAR);
    }
}

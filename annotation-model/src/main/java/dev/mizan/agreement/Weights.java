package dev.mizan.agreement;

/** Disagreement weights of weighted κ (Cohen 1968) over numeric categories. */
public enum Weights {
    /** |a − b|. */
    LINEAR,
    /** (a − b)². */
    QUADRATIC;

    public double of(double a, double b) {
        double d = Math.abs(a - b);
        return this == LINEAR ? d : d * d;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

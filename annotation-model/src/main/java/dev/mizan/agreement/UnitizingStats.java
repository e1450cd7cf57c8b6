package dev.mizan.agreement;

/**
 * The sufficient statistics of Krippendorff's α_u for one label on one or more continua, for m coders.
 * Everything but {@link #cross} adds up over documents, so corpus values and bootstrap resamples
 * sum per-document statistics; {@link #cross} pairs units with gaps of any document and is computed
 * by {@link UnitizingCross}.
 */
final class UnitizingStats {
    final int coders;
    /** Total continuum length per coder (the sum of the document lengths). */
    double length;
    /** Units per coder. */
    final double[] count;
    /** Σ (2l³ − 3l² + l) / 3 over each coder's units. */
    final double[] self;
    /** Σ l(l − 1) over each coder's units. */
    final double[] squares;
    /** Σ δ² over overlapping segments of coders i &lt; j (one direction). */
    final double[][] observed;
    /** Σ over units of coder a of l² Σ over gaps of coder b with length ≥ l of (gap − l + 1). */
    final double[][] cross;

    UnitizingStats(int coders) {
        this.coders = coders;
        count = new double[coders];
        self = new double[coders];
        squares = new double[coders];
        observed = new double[coders][coders];
        cross = new double[coders][coders];
    }

    /** Observed disagreement numerator for a subset of coders (both directions of every pair). */
    double observed(int[] subset) {
        double sum = 0;
        for (int x = 0; x < subset.length; x++) {
            for (int y = x + 1; y < subset.length; y++) {
                int i = Math.min(subset[x], subset[y]);
                int j = Math.max(subset[x], subset[y]);
                sum += observed[i][j];
            }
        }
        return 2 * sum;
    }

    /**
     * D_o and D_e of Krippendorff (2004) for a subset of coders, as {@code {D_o, D_e}}, with the cross
     * terms given (they depend on which documents take part).
     */
    double[] disagreements(int[] subset, double[][] crossTerms) {
        int m = subset.length;
        double units = 0;
        double selfSum = 0;
        double squareSum = 0;
        double crossSum = 0;
        for (int a : subset) {
            units += count[a];
            selfSum += self[a];
            squareSum += squares[a];
            for (int b : subset) {
                crossSum += crossTerms[a][b];
            }
        }
        double total = m * length;
        double observedD = observed(subset) / (m * (m - 1.0) * length * length);
        double denominator = total * (total - 1) - squareSum;
        double expectedD = denominator <= 0 ? 0
                : (2.0 / length) * ((units - 1) * selfSum + crossSum) / denominator;
        return new double[]{observedD, expectedD};
    }
}

package dev.mizan.agreement;

import java.util.Arrays;

/**
 * The unit × gap term of α_u's expected disagreement over a pool of continua, by sort and sweep:
 * units and gaps are sorted by length once; a sweep from the longest down keeps, per coder, the
 * (weighted) number of gaps at least as long as the current unit and the sum of their lengths + 1, so
 * each unit costs O(coders) instead of a pass over every gap. Document weights let a bootstrap
 * resample reuse the sorted order.
 */
final class UnitizingCross {
    private final int coders;
    private final int[] unitLength;
    private final int[] unitCoder;
    private final int[] unitDoc;
    private final int[] gapLength;
    private final int[] gapCoder;
    private final int[] gapDoc;

    private UnitizingCross(int coders, long[] units, long[] gaps) {
        this.coders = coders;
        unitLength = new int[units.length];
        unitCoder = new int[units.length];
        unitDoc = new int[units.length];
        gapLength = new int[gaps.length];
        gapCoder = new int[gaps.length];
        gapDoc = new int[gaps.length];
        unpack(units, unitLength, unitCoder, unitDoc);
        unpack(gaps, gapLength, gapCoder, gapDoc);
    }

    /** Packs (length, coder, doc) so that sorting the longs sorts by length. */
    static long pack(int length, int coder, int doc) {
        return ((long) length << 40) | ((long) coder << 24) | doc;
    }

    private static void unpack(long[] packed, int[] length, int[] coder, int[] doc) {
        Arrays.sort(packed);
        int n = packed.length;
        for (int k = 0; k < n; k++) {
            long p = packed[n - 1 - k];
            length[k] = (int) (p >>> 40);
            coder[k] = (int) ((p >>> 24) & 0xFFFF);
            doc[k] = (int) (p & 0xFFFFFF);
        }
    }

    static UnitizingCross of(int coders, long[] units, int unitCount, long[] gaps, int gapCount) {
        return new UnitizingCross(coders, Arrays.copyOf(units, unitCount), Arrays.copyOf(gaps, gapCount));
    }

    /** The cross terms {@code [unit coder][gap coder]}, each document counted {@code weights[doc]} times (null: once). */
    double[][] terms(int[] weights) {
        double[][] cross = new double[coders][coders];
        double[] gapsAtLeast = new double[coders];
        double[] lengthSum = new double[coders];
        int g = 0;
        for (int u = 0; u < unitLength.length; u++) {
            double w = weights == null ? 1 : weights[unitDoc[u]];
            int l = unitLength[u];
            while (g < gapLength.length && gapLength[g] >= l) {
                double gw = weights == null ? 1 : weights[gapDoc[g]];
                gapsAtLeast[gapCoder[g]] += gw;
                lengthSum[gapCoder[g]] += gw * (gapLength[g] + 1.0);
                g++;
            }
            if (w == 0) {
                continue;
            }
            double l2 = (double) l * l * w;
            double[] row = cross[unitCoder[u]];
            for (int b = 0; b < coders; b++) {
                row[b] += l2 * (lengthSum[b] - l * gapsAtLeast[b]);
            }
        }
        return cross;
    }
}

package dev.mizan.agreement;

import java.util.Arrays;

/**
 * The unit × gap term of α_u's expected disagreement over a pool of continua,
 * Σ_units l² Σ_{gaps ≥ l} (gap − l + 1), split per (unit coder, gap coder), by sort and sweep:
 * <ul>
 * <li>gaps at least as long as the longest unit meet every unit, so their part is a product of
 *     per-document sums (Σ l², Σ l³ of units; count and Σ (gap + 1) of gaps);</li>
 * <li>the remaining, shorter gaps and the units they can meet are sorted by length once; a sweep from
 *     the longest down keeps, per coder, the (weighted) count and length sum of the gaps passed, so each
 *     unit costs O(coders) instead of a pass over every gap.</li>
 * </ul>
 * Document weights let a bootstrap resample reuse the sorted order and the per-document sums.
 */
final class UnitizingCross {
    private final int coders;
    private final int docs;
    private final int[] unitLength;
    private final int[] unitCoder;
    private final int[] unitDoc;
    private final int[] gapLength;
    private final int[] gapCoder;
    private final int[] gapDoc;
    /** Per document and coder: Σ l² and Σ l³ of units; count and Σ (gap + 1) of long gaps. */
    private final double[] unitSquares;
    private final double[] unitCubes;
    private final double[] longGaps;
    private final double[] longGapSums;

    private UnitizingCross(int coders, long[] units, long[] gaps) {
        this.coders = coders;
        Arrays.sort(units);
        Arrays.sort(gaps);
        int maxDoc = 0;
        int maxUnit = 0;
        for (long u : units) {
            maxDoc = Math.max(maxDoc, doc(u));
            maxUnit = Math.max(maxUnit, length(u));
        }
        for (long g : gaps) {
            maxDoc = Math.max(maxDoc, doc(g));
        }
        docs = maxDoc + 1;
        unitSquares = new double[docs * coders];
        unitCubes = new double[docs * coders];
        longGaps = new double[docs * coders];
        longGapSums = new double[docs * coders];
        int shortGaps = 0;
        int longestShortGap = 0;
        for (long g : gaps) {
            int l = length(g);
            if (l >= maxUnit) {
                longGaps[doc(g) * coders + coder(g)]++;
                longGapSums[doc(g) * coders + coder(g)] += l + 1.0;
            } else {
                shortGaps++;
                longestShortGap = Math.max(longestShortGap, l);
            }
        }
        int sweptUnits = 0;
        for (long u : units) {
            double l = length(u);
            unitSquares[doc(u) * coders + coder(u)] += l * l;
            unitCubes[doc(u) * coders + coder(u)] += l * l * l;
            if (l <= longestShortGap) {
                sweptUnits++;
            }
        }
        unitLength = new int[sweptUnits];
        unitCoder = new int[sweptUnits];
        unitDoc = new int[sweptUnits];
        gapLength = new int[shortGaps];
        gapCoder = new int[shortGaps];
        gapDoc = new int[shortGaps];
        // Longest first: walk the sorted arrays backwards.
        int k = 0;
        for (int i = units.length - 1; i >= 0; i--) {
            if (length(units[i]) <= longestShortGap) {
                unitLength[k] = length(units[i]);
                unitCoder[k] = coder(units[i]);
                unitDoc[k++] = doc(units[i]);
            }
        }
        k = 0;
        for (int i = gaps.length - 1; i >= 0; i--) {
            if (length(gaps[i]) < maxUnit) {
                gapLength[k] = length(gaps[i]);
                gapCoder[k] = coder(gaps[i]);
                gapDoc[k++] = doc(gaps[i]);
            }
        }
    }

    /** Packs (length, coder, doc) so that sorting the longs sorts by length. */
    static long pack(int length, int coder, int doc) {
        return ((long) length << 40) | ((long) coder << 24) | doc;
    }

    private static int length(long p) {
        return (int) (p >>> 40);
    }

    private static int coder(long p) {
        return (int) ((p >>> 24) & 0xFFFF);
    }

    private static int doc(long p) {
        return (int) (p & 0xFFFFFF);
    }

    static UnitizingCross of(int coders, long[] units, int unitCount, long[] gaps, int gapCount) {
        return new UnitizingCross(coders, Arrays.copyOf(units, unitCount), Arrays.copyOf(gaps, gapCount));
    }

    /** The cross terms {@code [unit coder][gap coder]}, each document counted {@code weights[doc]} times (null: once). */
    double[][] terms(int[] weights) {
        double[][] cross = new double[coders][coders];
        double[] squares = new double[coders];
        double[] cubes = new double[coders];
        double[] count = new double[coders];
        double[] sums = new double[coders];
        for (int d = 0; d < docs; d++) {
            double w = weights == null ? 1 : weights[d];
            if (w == 0) {
                continue;
            }
            for (int c = 0, at = d * coders; c < coders; c++, at++) {
                squares[c] += w * unitSquares[at];
                cubes[c] += w * unitCubes[at];
                count[c] += w * longGaps[at];
                sums[c] += w * longGapSums[at];
            }
        }
        for (int a = 0; a < coders; a++) {
            for (int b = 0; b < coders; b++) {
                cross[a][b] = squares[a] * sums[b] - cubes[a] * count[b];
            }
        }
        Arrays.fill(count, 0);
        Arrays.fill(sums, 0);
        int g = 0;
        for (int u = 0; u < unitLength.length; u++) {
            int l = unitLength[u];
            while (g < gapLength.length && gapLength[g] >= l) {
                double gw = weights == null ? 1 : weights[gapDoc[g]];
                if (gw != 0) {
                    count[gapCoder[g]] += gw;
                    sums[gapCoder[g]] += gw * (gapLength[g] + 1.0);
                }
                g++;
            }
            double w = weights == null ? 1 : weights[unitDoc[u]];
            if (w == 0) {
                continue;
            }
            double l2 = (double) l * l * w;
            double[] row = cross[unitCoder[u]];
            for (int b = 0; b < coders; b++) {
                row[b] += l2 * (sums[b] - l * count[b]);
            }
        }
        return cross;
    }

    /**
     * The cross terms of {@code batch} resamples at once: {@code weights[doc * batch + j]} is how often
     * resample j draws document doc. Decoding each unit and gap once per batch, with the inner loops
     * running over resamples, is several times faster than one sweep per resample.
     *
     * @return {@code [j][unit coder][gap coder]}
     */
    double[][][] terms(double[] weights, int batch) {
        int m = coders;
        double[] cross = new double[m * m * batch];
        double[] squares = new double[m * batch];
        double[] cubes = new double[m * batch];
        double[] count = new double[m * batch];
        double[] sums = new double[m * batch];
        for (int d = 0; d < docs; d++) {
            int wBase = d * batch;
            for (int c = 0; c < m; c++) {
                int at = d * m + c;
                double us = unitSquares[at];
                double uc = unitCubes[at];
                double lg = longGaps[at];
                double ls = longGapSums[at];
                if (us == 0 && lg == 0) {
                    continue;
                }
                int o = c * batch;
                for (int j = 0; j < batch; j++) {
                    double w = weights[wBase + j];
                    squares[o + j] += w * us;
                    cubes[o + j] += w * uc;
                    count[o + j] += w * lg;
                    sums[o + j] += w * ls;
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                int o = (a * m + b) * batch;
                for (int j = 0; j < batch; j++) {
                    cross[o + j] = squares[a * batch + j] * sums[b * batch + j] - cubes[a * batch + j] * count[b * batch + j];
                }
            }
        }
        Arrays.fill(count, 0);
        Arrays.fill(sums, 0);
        // Units between two gap events see the same gap sums, so collect their Σ w l² and Σ w l³ per coder
        // and multiply by the gap sums only when the next gaps arrive (2 operations per unit and resample
        // instead of 3 per gap coder).
        double[] pendingSquares = new double[m * batch];
        double[] pendingCubes = new double[m * batch];
        boolean[] pending = new boolean[m];
        int g = 0;
        for (int u = 0; u < unitLength.length; u++) {
            int l = unitLength[u];
            if (g < gapLength.length && gapLength[g] >= l) {
                flush(cross, sums, count, pendingSquares, pendingCubes, pending, batch);
                while (g < gapLength.length && gapLength[g] >= l) {
                    int wBase = gapDoc[g] * batch;
                    int o = gapCoder[g] * batch;
                    double len = gapLength[g] + 1.0;
                    for (int j = 0; j < batch; j++) {
                        double w = weights[wBase + j];
                        count[o + j] += w;
                        sums[o + j] += w * len;
                    }
                    g++;
                }
            }
            int wBase = unitDoc[u] * batch;
            int o = unitCoder[u] * batch;
            double l2 = (double) l * l;
            double l3 = l2 * l;
            pending[unitCoder[u]] = true;
            for (int j = 0; j < batch; j++) {
                double w = weights[wBase + j];
                pendingSquares[o + j] += w * l2;
                pendingCubes[o + j] += w * l3;
            }
        }
        flush(cross, sums, count, pendingSquares, pendingCubes, pending, batch);
        double[][][] result = new double[batch][m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                int o = (a * m + b) * batch;
                for (int j = 0; j < batch; j++) {
                    result[j][a][b] = cross[o + j];
                }
            }
        }
        return result;
    }

    private void flush(double[] cross, double[] sums, double[] count, double[] squares, double[] cubes,
                       boolean[] pending, int batch) {
        int m = coders;
        for (int a = 0; a < m; a++) {
            if (!pending[a]) {
                continue;
            }
            int oa = a * batch;
            for (int b = 0; b < m; b++) {
                int o = (a * m + b) * batch;
                int ob = b * batch;
                for (int j = 0; j < batch; j++) {
                    cross[o + j] += sums[ob + j] * squares[oa + j] - count[ob + j] * cubes[oa + j];
                }
            }
            Arrays.fill(squares, oa, oa + batch, 0);
            Arrays.fill(cubes, oa, oa + batch, 0);
            pending[a] = false;
        }
    }
}

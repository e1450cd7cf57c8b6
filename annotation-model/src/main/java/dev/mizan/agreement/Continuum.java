package dev.mizan.agreement;

import java.util.Arrays;

/**
 * One document's continuum for one label: each coder's units, merged so that one coder's units never
 * overlap, clamped to the text and sorted. Fills α_u's additive statistics in linear time by walking two
 * coders' partitions (units and the gaps between them) side by side.
 */
final class Continuum {
    final int length;
    final int[][] begins;
    final int[][] ends;

    /** @param spans per coder, pairs {@code [begin, end)} in any order */
    Continuum(int length, int[][][] spans) {
        this.length = length;
        begins = new int[spans.length][];
        ends = new int[spans.length][];
        for (int c = 0; c < spans.length; c++) {
            merge(c, spans[c]);
        }
    }

    private void merge(int coder, int[][] spans) {
        int[][] sorted = spans.clone();
        Arrays.sort(sorted, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        int[] b = new int[sorted.length];
        int[] e = new int[sorted.length];
        int n = 0;
        for (int[] s : sorted) {
            int begin = Math.max(0, s[0]);
            int end = Math.min(length, s[1]);
            if (end <= begin) {
                continue;
            }
            if (n > 0 && begin < e[n - 1]) {
                e[n - 1] = Math.max(e[n - 1], end);
            } else {
                b[n] = begin;
                e[n] = end;
                n++;
            }
        }
        begins[coder] = Arrays.copyOf(b, n);
        ends[coder] = Arrays.copyOf(e, n);
    }

    int coders() {
        return begins.length;
    }

    /** Adds this continuum's additive statistics to {@code stats}. */
    void addTo(UnitizingStats stats) {
        stats.length += length;
        for (int c = 0; c < coders(); c++) {
            for (int k = 0; k < begins[c].length; k++) {
                double l = ends[c][k] - begins[c][k];
                stats.count[c]++;
                stats.self[c] += l * (l - 1) * (2 * l - 1) / 3.0;
                stats.squares[c] += l * (l - 1);
            }
        }
        for (int i = 0; i < coders(); i++) {
            for (int j = i + 1; j < coders(); j++) {
                stats.observed[i][j] += observed(i, j);
            }
        }
    }

    /** Emits packed (length, coder, doc) units and non-empty gaps for the cross-term sweep. */
    int emitUnits(long[] out, int at, int doc) {
        for (int c = 0; c < coders(); c++) {
            for (int k = 0; k < begins[c].length; k++) {
                out[at++] = UnitizingCross.pack(ends[c][k] - begins[c][k], c, doc);
            }
        }
        return at;
    }

    int emitGaps(long[] out, int at, int doc) {
        for (int c = 0; c < coders(); c++) {
            int pos = 0;
            for (int k = 0; k < begins[c].length; k++) {
                if (begins[c][k] > pos) {
                    out[at++] = UnitizingCross.pack(begins[c][k] - pos, c, doc);
                }
                pos = ends[c][k];
            }
            if (length > pos) {
                out[at++] = UnitizingCross.pack(length - pos, c, doc);
            }
        }
        return at;
    }

    /** The unit × gap cross terms by direct pairing: cheaper than sorting for a few units (one document). */
    double[][] crossByPairs() {
        int m = coders();
        double[][] cross = new double[m][m];
        for (int b = 0; b < m; b++) {
            int[] gaps = gapLengths(b);
            for (int a = 0; a < m; a++) {
                for (int k = 0; k < begins[a].length; k++) {
                    long l = ends[a][k] - begins[a][k];
                    double sum = 0;
                    for (int g : gaps) {
                        if (g >= l) {
                            sum += g - l + 1;
                        }
                    }
                    cross[a][b] += (double) l * l * sum;
                }
            }
        }
        return cross;
    }

    private int[] gapLengths(int coder) {
        int[] gaps = new int[begins[coder].length + 1];
        int n = 0;
        int pos = 0;
        for (int k = 0; k < begins[coder].length; k++) {
            if (begins[coder][k] > pos) {
                gaps[n++] = begins[coder][k] - pos;
            }
            pos = ends[coder][k];
        }
        if (length > pos) {
            gaps[n++] = length - pos;
        }
        return java.util.Arrays.copyOf(gaps, n);
    }

    int unitCount() {
        int n = 0;
        for (int[] b : begins) {
            n += b.length;
        }
        return n;
    }

    /** Σ δ² over every overlapping pair of segments of coders i and j (Krippendorff 2004). */
    double observed(int i, int j) {
        int[] bi = begins[i];
        int[] ei = ends[i];
        int[] bj = begins[j];
        int[] ej = ends[j];
        // Segment k of a coder with n units: even k = gap before unit k/2 (or the tail gap), odd = unit.
        int p = 0;
        int q = 0;
        int ni = 2 * bi.length + 1;
        int nj = 2 * bj.length + 1;
        double sum = 0;
        while (p < ni && q < nj) {
            int gb = segBegin(bi, ei, p);
            int ge = segEnd(bi, ei, p);
            int hb = segBegin(bj, ej, q);
            int he = segEnd(bj, ej, q);
            if (ge <= gb) {
                p++;
                continue;
            }
            if (he <= hb) {
                q++;
                continue;
            }
            boolean gUnit = (p & 1) == 1;
            boolean hUnit = (q & 1) == 1;
            if (gUnit && hUnit) {
                double db = gb - hb;
                double de = ge - he;
                sum += db * db + de * de;
            } else if (gUnit && hb <= gb && ge <= he) {
                double l = ge - gb;
                sum += l * l;
            } else if (hUnit && gb <= hb && he <= ge) {
                double l = he - hb;
                sum += l * l;
            }
            if (ge < he) {
                p++;
            } else if (he < ge) {
                q++;
            } else {
                p++;
                q++;
            }
        }
        return sum;
    }

    private static int segBegin(int[] b, int[] e, int k) {
        if ((k & 1) == 1) {
            return b[k >> 1];
        }
        return k == 0 ? 0 : e[(k >> 1) - 1];
    }

    private int segEnd(int[] b, int[] e, int k) {
        if ((k & 1) == 1) {
            return e[k >> 1];
        }
        return (k >> 1) < b.length ? b[k >> 1] : length;
    }
}

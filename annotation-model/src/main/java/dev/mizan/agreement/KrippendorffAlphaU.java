package dev.mizan.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Krippendorff's unitizing α (α_u) on a continuum (a document's characters): coders mark units of
 * labels; the observed disagreement sums, over every overlapping pair of segments (units and the gaps
 * between them) of two coders, the squared differences of their begins and ends (or a unit's squared
 * length where it lies inside the other coder's gap); the expected disagreement considers every
 * placement of the units. Per label α_u = 1 − D_o / D_e; over all labels α_u = 1 − Σ D_o / Σ D_e.
 * One coder's overlapping units of the same label are merged first (the coefficient assumes they do
 * not overlap). Computed by sort and sweep, linear in the number of units, not over all pairs.
 * <p>Krippendorff, K. (2004). Measuring the reliability of qualitative text analysis data.
 * <i>Quality &amp; Quantity</i> 38, 787–800; and <i>Content Analysis</i>, 2nd ed., Sage, 2004, pp. 251–256.
 */
public final class KrippendorffAlphaU {
    private KrippendorffAlphaU() {
    }

    /** A coder's unit on the continuum: {@code [begin, end)} with a label. */
    public record Unit(int begin, int end, String label) {
    }

    /** α_u per label (in label order) and over all labels, with D_o and D_e per label. */
    public record Result(Map<String, AgreementValue> byLabel, AgreementValue overall,
                         Map<String, double[]> disagreements) {
    }

    /** α_u of one continuum of {@code length} characters; {@code unitsByCoder} has one list per coder. */
    public static Result of(int length, List<? extends List<Unit>> unitsByCoder) {
        int m = unitsByCoder.size();
        TreeSet<String> labels = new TreeSet<>();
        unitsByCoder.forEach(list -> list.forEach(u -> labels.add(u.label())));
        int[] all = new int[m];
        for (int i = 0; i < m; i++) {
            all[i] = i;
        }
        Map<String, AgreementValue> byLabel = new LinkedHashMap<>();
        Map<String, double[]> dis = new LinkedHashMap<>();
        List<double[]> perLabel = new ArrayList<>();
        for (String label : labels) {
            int[][][] spans = new int[m][][];
            for (int c = 0; c < m; c++) {
                spans[c] = unitsByCoder.get(c).stream().filter(u -> u.label().equals(label))
                        .map(u -> new int[]{u.begin(), u.end()}).toArray(int[][]::new);
            }
            Continuum continuum = new Continuum(length, spans);
            UnitizingStats stats = new UnitizingStats(m);
            continuum.addTo(stats);
            double[][] cross = crossOf(continuum);
            double[] d = stats.disagreements(all, cross);
            dis.put(label, d);
            perLabel.add(d);
            byLabel.put(label, value(d[0], d[1], label, m, length));
        }
        return new Result(byLabel, overall(perLabel, m, length), dis);
    }

    /**
     * α_u over a corpus: every document is its own continuum (gaps never run across documents), and the
     * disagreements are computed over all of them together — the pooled value, not a mean of documents.
     *
     * @param lengths      each document's length
     * @param unitsByDoc   per document, one list of units per coder (the same coders in every document)
     */
    public static Result corpus(List<Integer> lengths, List<? extends List<? extends List<Unit>>> unitsByDoc) {
        if (unitsByDoc.isEmpty()) {
            return new Result(Map.of(), AgreementValue.undefined("there are no documents"), Map.of());
        }
        int m = unitsByDoc.get(0).size();
        TreeSet<String> labels = new TreeSet<>();
        unitsByDoc.forEach(doc -> doc.forEach(list -> list.forEach(u -> labels.add(u.label()))));
        int[] all = new int[m];
        for (int i = 0; i < m; i++) {
            all[i] = i;
        }
        double total = lengths.stream().mapToDouble(Integer::doubleValue).sum();
        Map<String, AgreementValue> byLabel = new LinkedHashMap<>();
        Map<String, double[]> dis = new LinkedHashMap<>();
        List<double[]> perLabel = new ArrayList<>();
        for (String label : labels) {
            UnitizingStats stats = new UnitizingStats(m);
            List<Continuum> continua = new ArrayList<>();
            int units = 0;
            for (int d = 0; d < unitsByDoc.size(); d++) {
                int[][][] spans = new int[m][][];
                for (int c = 0; c < m; c++) {
                    spans[c] = unitsByDoc.get(d).get(c).stream().filter(u -> u.label().equals(label))
                            .map(u -> new int[]{u.begin(), u.end()}).toArray(int[][]::new);
                }
                Continuum continuum = new Continuum(lengths.get(d), spans);
                continuum.addTo(stats);
                continua.add(continuum);
                units += continuum.unitCount();
            }
            long[] u = new long[units];
            long[] g = new long[units + m * continua.size()];
            int nu = 0;
            int ng = 0;
            for (int d = 0; d < continua.size(); d++) {
                nu = continua.get(d).emitUnits(u, nu, d);
                ng = continua.get(d).emitGaps(g, ng, d);
            }
            double[] d = stats.disagreements(all, UnitizingCross.of(m, u, nu, g, ng).terms(null));
            dis.put(label, d);
            perLabel.add(d);
            byLabel.put(label, value(d[0], d[1], label, m, total));
        }
        return new Result(byLabel, overall(perLabel, m, total), dis);
    }

    static double[][] crossOf(Continuum continuum) {
        int units = continuum.unitCount();
        if ((long) units * (units + continuum.coders()) <= 4096) {
            return continuum.crossByPairs();
        }
        long[] u = new long[units];
        long[] g = new long[units + continuum.coders()];
        int nu = continuum.emitUnits(u, 0, 0);
        int ng = continuum.emitGaps(g, 0, 0);
        return UnitizingCross.of(continuum.coders(), u, nu, g, ng).terms(null);
    }

    static AgreementValue value(double observed, double expected, String label, int coders, double length) {
        if (coders < 2) {
            return AgreementValue.undefined("α_u needs two or more annotators");
        }
        if (length <= 0) {
            return AgreementValue.undefined("the text is empty");
        }
        return AgreementValue.chanceCorrected(observed, expected,
                "no annotator marked any " + label + " span, so there is nothing to disagree on");
    }

    static AgreementValue overall(List<double[]> perLabel, int coders, double length) {
        double o = 0;
        double e = 0;
        for (double[] d : perLabel) {
            o += d[0];
            e += d[1];
        }
        return value(o, e, "labelled", coders, length);
    }
}

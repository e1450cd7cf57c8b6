package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

/**
 * Krippendorff's α for any number of coders, missing values and the nominal, ordinal, interval and
 * ratio levels: α = 1 − D_o / D_e computed from the coincidence matrix o_ck, where each unit with
 * m_u ≥ 2 values adds n_uc(n_uk − [c = k]) / (m_u − 1). Units with a single value are unpairable and
 * ignored. Ordinal differences use the category order and the marginal counts n_g; ratio differences
 * are ((c − k) / (c + k))².
 * <p>Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication, University of Pennsylvania. https://repository.upenn.edu/asc_papers/43
 */
public final class KrippendorffAlpha implements AgreementMeasure {
    @Override
    public String id() {
        return "krippendorff-alpha";
    }

    @Override
    public String displayName() {
        return "Krippendorff's α";
    }

    @Override
    public AgreementValue compute(CodingStudy study, MeasureOptions options) {
        return of(study, options.level());
    }

    public static AgreementValue of(CodingStudy study, Level level) {
        if ((level == Level.INTERVAL || level == Level.RATIO) && !study.isNumeric()) {
            return AgreementValue.undefined(level.id() + " α needs numeric values, but some values are labels");
        }
        double[] values = study.isNumeric() ? new double[study.categoryCount()] : null;
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                values[i] = study.numericValue(i);
            }
        }
        return fromCoincidences(coincidences(study), level, values);
    }

    /** The coincidence matrix {@code o[c][k]} of a study. */
    public static double[][] coincidences(CodingStudy study) {
        int k = study.categoryCount();
        double[][] o = new double[k][k];
        int[][] counts = study.unitCategoryCounts();
        int[] used = new int[k];
        for (int[] unit : counts) {
            int m = 0;
            int distinct = 0;
            for (int c = 0; c < k; c++) {
                if (unit[c] > 0) {
                    m += unit[c];
                    used[distinct++] = c;
                }
            }
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < distinct; i++) {
                int c = used[i];
                for (int j = 0; j < distinct; j++) {
                    int d = used[j];
                    double pairs = c == d ? (double) unit[c] * (unit[c] - 1) : (double) unit[c] * unit[d];
                    o[c][d] += pairs / (m - 1);
                }
            }
        }
        return o;
    }

    /**
     * α from a coincidence matrix. {@code values} are the numeric category values (needed for interval
     * and ratio; may be null otherwise). Categories are in order for the ordinal level.
     */
    public static AgreementValue fromCoincidences(double[][] o, Level level, double[] values) {
        int k = o.length;
        double[] marginals = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                marginals[c] += o[c][d];
            }
            n += marginals[c];
        }
        if (n < 2 - 1e-9) {
            return AgreementValue.undefined("no unit has values from two or more coders, so nothing is pairable");
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c == d) {
                    continue;
                }
                double delta = difference(level, c, d, marginals, values);
                observed += o[c][d] * delta;
                expected += marginals[c] * marginals[d] * delta;
            }
        }
        return AgreementValue.chanceCorrected(observed * (n - 1), expected,
                "every pairable value is the same, so no disagreement is expected by chance");
    }

    /** The squared difference δ²(c, d) of Krippendorff (2011). */
    static double difference(Level level, int c, int d, double[] marginals, double[] values) {
        return switch (level) {
            case NOMINAL -> 1.0;
            case ORDINAL -> {
                int lo = Math.min(c, d);
                int hi = Math.max(c, d);
                double sum = 0;
                for (int g = lo; g <= hi; g++) {
                    sum += marginals[g];
                }
                sum -= (marginals[lo] + marginals[hi]) / 2.0;
                yield sum * sum;
            }
            case INTERVAL -> {
                double diff = values[c] - values[d];
                yield diff * diff;
            }
            case RATIO -> {
                double sum = values[c] + values[d];
                double diff = values[c] - values[d];
                yield sum == 0 ? 0.0 : (diff / sum) * (diff / sum);
            }
        };
    }
}

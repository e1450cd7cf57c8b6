package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

/**
 * Weighted κ for two coders on numeric categories: κ_w = 1 − Σ v_ij o_ij / Σ v_ij e_ij, with
 * disagreement weights v_ij = |x_i − x_j| (linear) or (x_i − x_j)² (quadratic) on the category values,
 * o the observed and e the chance (product of marginals) proportions. Scaling the weights does not
 * change κ_w, so no normalisation by the largest distance is needed (nor can it go wrong when that
 * distance never occurs). With two categories κ_w equals Cohen's κ.
 * <p>Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled disagreement
 * or partial credit. <i>Psychological Bulletin</i> 70(4), 213–220.
 */
public final class WeightedKappa implements AgreementMeasure {
    @Override
    public String id() {
        return "weighted-kappa";
    }

    @Override
    public String displayName() {
        return "Weighted κ";
    }

    @Override
    public AgreementValue compute(CodingStudy study, MeasureOptions options) {
        return of(study, options.weights());
    }

    public static AgreementValue of(CodingStudy study, Weights weights) {
        long[][] table = PairTable.of(study);
        if (table == null) {
            return AgreementValue.undefined(PairTable.needsTwoCoders("Weighted κ", study));
        }
        if (!study.isNumeric()) {
            return AgreementValue.undefined("weighted κ needs numeric categories, but some values are labels");
        }
        int k = table.length;
        long n = PairTable.total(table);
        if (n == 0) {
            return AgreementValue.undefined("no unit was coded by both coders");
        }
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double v = weights.of(study.numericValue(i), study.numericValue(j));
                observed += v * table[i][j] * n;
                expected += v * rows[i] * cols[j];
            }
        }
        return AgreementValue.chanceCorrected(observed, expected,
                "only one category was used, so no disagreement is expected by chance");
    }
}

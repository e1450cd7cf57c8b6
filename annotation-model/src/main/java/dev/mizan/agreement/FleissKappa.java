package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

/**
 * Fleiss' κ for any number of coders: mean per-unit pairwise agreement P̄ against chance agreement
 * P_e = Σ p_j² from the pooled category proportions. Units with fewer than two values are skipped;
 * a unit with n_i values contributes Σ n_ij(n_ij − 1) / (n_i(n_i − 1)), which is Fleiss' formula when
 * every unit has the same number of values.
 * <p>Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. <i>Psychological
 * Bulletin</i> 76(5), 378–382.
 */
public final class FleissKappa implements AgreementMeasure {
    @Override
    public String id() {
        return "fleiss-kappa";
    }

    @Override
    public String displayName() {
        return "Fleiss' κ";
    }

    @Override
    public AgreementValue compute(CodingStudy study, MeasureOptions options) {
        return of(study);
    }

    public static AgreementValue of(CodingStudy study) {
        int[][] counts = study.unitCategoryCounts();
        int k = study.categoryCount();
        double[] categoryTotals = new double[k];
        double agreementSum = 0;
        double values = 0;
        int units = 0;
        for (int[] unit : counts) {
            long m = 0;
            long agreeing = 0;
            for (int n : unit) {
                m += n;
                agreeing += (long) n * (n - 1);
            }
            if (m < 2) {
                continue;
            }
            units++;
            values += m;
            agreementSum += (double) agreeing / (m * (m - 1));
            for (int j = 0; j < k; j++) {
                categoryTotals[j] += unit[j];
            }
        }
        if (units == 0) {
            return AgreementValue.undefined("no unit has values from two or more coders");
        }
        double sumSquares = 0;
        for (double t : categoryTotals) {
            sumSquares += t * t;
        }
        if (sumSquares >= values * values) {
            return AgreementValue.undefined("only one category was used, so chance agreement is 1");
        }
        return AgreementValue.of((agreementSum / units - sumSquares / (values * values))
                / (1 - sumSquares / (values * values)));
    }
}

package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

/**
 * Gwet's AC1 for any number of coders and missing values: (p_a − p_e) / (1 − p_e) with
 * p_a the mean per-unit pairwise agreement over units with two or more values and
 * p_e = Σ_k π_k(1 − π_k) / (q − 1), where π_k is the mean over units with at least one value of the
 * share of that unit's values in category k, and q the number of categories. AC1 stays close to
 * percent agreement when one category dominates, where κ and π collapse (the "kappa paradox").
 * <p>Gwet, K. L. (2008). Computing inter-rater reliability and its variance in the presence of high
 * agreement. <i>British Journal of Mathematical and Statistical Psychology</i> 61(1), 29–48.
 */
public final class GwetAc1 implements AgreementMeasure {
    @Override
    public String id() {
        return "gwet-ac1";
    }

    @Override
    public String displayName() {
        return "Gwet's AC1";
    }

    @Override
    public AgreementValue compute(CodingStudy study, MeasureOptions options) {
        return of(study);
    }

    public static AgreementValue of(CodingStudy study) {
        int q = study.categoryCount();
        if (q < 2) {
            return AgreementValue.undefined("only one category exists, so AC1's chance agreement divides by q − 1 = 0");
        }
        int[][] counts = study.unitCategoryCounts();
        double[] pi = new double[q];
        double agreementSum = 0;
        int pairable = 0;
        int rated = 0;
        for (int[] unit : counts) {
            long m = 0;
            long agreeing = 0;
            for (int n : unit) {
                m += n;
                agreeing += (long) n * (n - 1);
            }
            if (m == 0) {
                continue;
            }
            rated++;
            for (int k = 0; k < q; k++) {
                pi[k] += (double) unit[k] / m;
            }
            if (m >= 2) {
                pairable++;
                agreementSum += (double) agreeing / (m * (m - 1));
            }
        }
        if (pairable == 0) {
            return AgreementValue.undefined("no unit has values from two or more coders");
        }
        double pe = 0;
        for (int k = 0; k < q; k++) {
            double p = pi[k] / rated;
            pe += p * (1 - p);
        }
        pe /= q - 1;
        return AgreementValue.kappaLike(agreementSum / pairable, pe, "chance agreement is 1");
    }
}

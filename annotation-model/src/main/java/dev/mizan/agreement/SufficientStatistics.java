package dev.mizan.agreement;

/** Formulas that turn summed statistics into coefficients; shared by corpus, document and resample values. */
final class SufficientStatistics {
    private SufficientStatistics() {
    }

    /** Nominal α from the number of pairable values, the coincidence diagonal and the value marginals. */
    static AgreementValue nominalAlpha(double values, double diagonal, double[] sums, int offset, int k, String what) {
        if (values < 2) {
            return AgreementValue.undefined("fewer than two pairable " + what);
        }
        double squares = 0;
        for (int c = 0; c < k; c++) {
            squares += sums[offset + c] * sums[offset + c];
        }
        double expected = values * values - squares;
        if (expected <= 1e-9) {
            return AgreementValue.undefined("every " + what.replaceAll("s$", "") + " got the same value, so no disagreement is expected by chance");
        }
        return AgreementValue.of(1 - (values - 1) * (values - diagonal) / expected);
    }

    /** F1 = 2 tp / (|A| + |B|), the harmonic mean of precision and recall with either side as reference. */
    static AgreementValue f1(double tp, double a, double b, String what) {
        if (a + b == 0) {
            return AgreementValue.undefined("neither annotator marked any " + what);
        }
        return AgreementValue.of(2 * tp / (a + b));
    }
}

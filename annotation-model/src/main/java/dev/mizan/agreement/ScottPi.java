package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

/**
 * Scott's π for two coders: like Cohen's κ, but chance agreement uses the two coders' pooled category
 * distribution, so the coders are assumed interchangeable.
 * <p>Scott, W. A. (1955). Reliability of content analysis: the case of nominal scale coding.
 * <i>Public Opinion Quarterly</i> 19(3), 321–325.
 */
public final class ScottPi implements AgreementMeasure {
    @Override
    public String id() {
        return "scott-pi";
    }

    @Override
    public String displayName() {
        return "Scott's π";
    }

    @Override
    public AgreementValue compute(CodingStudy study, MeasureOptions options) {
        return of(study);
    }

    public static AgreementValue of(CodingStudy study) {
        long[][] table = PairTable.of(study);
        if (table == null) {
            return AgreementValue.undefined(PairTable.needsTwoCoders("Scott's π", study));
        }
        int k = table.length;
        long n = PairTable.total(table);
        if (n == 0) {
            return AgreementValue.undefined("no unit was coded by both coders");
        }
        long diagonal = 0;
        long[] pooled = new long[k];
        for (int i = 0; i < k; i++) {
            diagonal += table[i][i];
            for (int j = 0; j < k; j++) {
                pooled[i] += table[i][j];
                pooled[j] += table[i][j];
            }
        }
        double twoN = 2.0 * n;
        double sumSquares = 0;
        for (long p : pooled) {
            sumSquares += (double) p * p;
        }
        if (sumSquares >= twoN * twoN) {
            return AgreementValue.undefined("only one category was used, so chance agreement is 1");
        }
        return AgreementValue.kappaLike((double) diagonal / n, sumSquares / (twoN * twoN),
                "only one category was used, so chance agreement is 1");
    }
}

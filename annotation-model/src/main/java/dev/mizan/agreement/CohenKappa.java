package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;

/**
 * Cohen's κ for two coders: (p_o − p_e) / (1 − p_e), where chance agreement p_e uses each coder's own
 * category distribution. Units that either coder left empty are skipped.
 * <p>Cohen, J. (1960). A coefficient of agreement for nominal scales. <i>Educational and Psychological
 * Measurement</i> 20(1), 37–46.
 */
public final class CohenKappa implements AgreementMeasure {
    @Override
    public String id() {
        return "cohen-kappa";
    }

    @Override
    public String displayName() {
        return "Cohen's κ";
    }

    @Override
    public AgreementValue compute(CodingStudy study, MeasureOptions options) {
        return of(study);
    }

    public static AgreementValue of(CodingStudy study) {
        long[][] table = PairTable.of(study);
        if (table == null) {
            return AgreementValue.undefined(PairTable.needsTwoCoders("Cohen's κ", study));
        }
        return fromTable(table);
    }

    /** κ from a square contingency table of counts (rows: first coder, columns: second coder). */
    public static AgreementValue fromTable(long[][] table) {
        int k = table.length;
        long n = PairTable.total(table);
        if (n == 0) {
            return AgreementValue.undefined("no unit was coded by both coders");
        }
        long diagonal = 0;
        long[] rows = new long[k];
        long[] cols = new long[k];
        for (int i = 0; i < k; i++) {
            diagonal += table[i][i];
            for (int j = 0; j < k; j++) {
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        return fromMarginals(n, diagonal, rows, cols);
    }

    /** κ from the sufficient statistics: units, agreeing units and both coders' category counts. */
    public static AgreementValue fromMarginals(double n, double diagonal, double[] rows, double[] cols) {
        if (n <= 0) {
            return AgreementValue.undefined("no unit was coded by both coders");
        }
        double chance = 0;
        for (int i = 0; i < rows.length; i++) {
            chance += rows[i] * cols[i];
        }
        if (chance >= n * n) {
            return AgreementValue.undefined("both coders used one and the same category for every unit, so chance agreement is 1");
        }
        double po = diagonal / n;
        double pe = chance / (n * n);
        return AgreementValue.of((po - pe) / (1 - pe));
    }

    private static AgreementValue fromMarginals(long n, long diagonal, long[] rows, long[] cols) {
        double[] r = new double[rows.length];
        double[] c = new double[cols.length];
        for (int i = 0; i < rows.length; i++) {
            r[i] = rows[i];
            c[i] = cols[i];
        }
        return fromMarginals(n, diagonal, r, c);
    }
}

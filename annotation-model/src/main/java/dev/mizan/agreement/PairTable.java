package dev.mizan.agreement;

/** The two-coder contingency table of a study: units coded by both coders only. */
final class PairTable {
    private PairTable() {
    }

    /** {@code [category of coder 0][category of coder 1]} counts, or null when the study does not have two coders. */
    static long[][] of(CodingStudy study) {
        if (study.coderCount() != 2) {
            return null;
        }
        int k = study.categoryCount();
        long[][] table = new long[k][k];
        for (int u = 0; u < study.unitCount(); u++) {
            int a = study.code(u, 0);
            int b = study.code(u, 1);
            if (a != CodingStudy.MISSING && b != CodingStudy.MISSING) {
                table[a][b]++;
            }
        }
        return table;
    }

    static String needsTwoCoders(String measure, CodingStudy study) {
        return measure + " needs exactly two coders, the study has " + study.coderCount()
                + "; use Fleiss' κ or Krippendorff's α for more";
    }

    static long total(long[][] table) {
        long n = 0;
        for (long[] row : table) {
            for (long x : row) {
                n += x;
            }
        }
        return n;
    }
}

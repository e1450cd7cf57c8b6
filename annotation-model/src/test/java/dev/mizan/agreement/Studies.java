package dev.mizan.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builders for the published example studies. */
final class Studies {
    private Studies() {
    }

    /** Two coders from a contingency table (rows: coder a, columns: coder b), categories given by name. */
    static CodingStudy fromTable(long[][] table, Object... categories) {
        List<List<Object>> units = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                for (long n = 0; n < table[i][j]; n++) {
                    units.add(Arrays.asList(categories[i], categories[j]));
                }
            }
        }
        return CodingStudy.of(List.of("a", "b"), units, List.of(categories));
    }

    /** Units given as rows of values per coder (null = missing). */
    static CodingStudy fromRows(Object[][] rows) {
        List<String> coders = new ArrayList<>();
        for (int c = 0; c < rows[0].length; c++) {
            coders.add("c" + c);
        }
        List<List<Object>> units = new ArrayList<>();
        for (Object[] row : rows) {
            units.add(Arrays.asList(row));
        }
        return CodingStudy.of(coders, units);
    }

    /** A study whose units are given as counts per category (Fleiss's layout); coders are interchangeable. */
    static CodingStudy fromCounts(int[][] counts) {
        int m = Arrays.stream(counts[0]).sum();
        Object[][] rows = new Object[counts.length][m];
        for (int u = 0; u < counts.length; u++) {
            int c = 0;
            for (int k = 0; k < counts[u].length; k++) {
                for (int i = 0; i < counts[u][k]; i++) {
                    rows[u][c++] = "k" + (k + 1);
                }
            }
        }
        return fromRows(rows);
    }

    /** irrCAC's cont3x3abstractors (Gwet 2014; the irrCAC vignette): Ectopic, AIU, NIU. */
    static final long[][] ABSTRACTORS = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};

    /**
     * irrCAC's cac.raw4raters (irrCAC 1.0 overview vignette): 12 subjects × 4 raters, categories 1–5,
     * null where a rater did not rate the subject.
     */
    static final Object[][] CAC_RAW_4_RATERS = {
            {1, 1, null, 1},
            {2, 2, 3, 2},
            {3, 3, 3, 3},
            {3, 3, 3, 3},
            {2, 2, 2, 2},
            {1, 2, 3, 4},
            {4, 4, 4, 4},
            {1, 1, 2, 1},
            {2, 2, 2, 2},
            {null, 5, 5, 5},
            {null, null, 1, 1},
            {null, null, 3, null}};

    /**
     * irrCAC's distrib.6raters (irrCAC 1.0 overview vignette): 15 subjects, the number of the 6 raters
     * who chose Depression, Personality Disorder, Schizophrenia, Neurosis, Other.
     */
    static final int[][] DISTRIB_6_RATERS = {
            {0, 0, 0, 6, 0},
            {0, 3, 0, 0, 3},
            {0, 1, 4, 0, 1},
            {0, 0, 0, 0, 6},
            {0, 3, 0, 3, 0},
            {2, 0, 4, 0, 0},
            {0, 0, 4, 0, 2},
            {2, 0, 3, 1, 0},
            {2, 0, 0, 4, 0},
            {0, 0, 0, 0, 6},
            {1, 0, 0, 5, 0},
            {1, 1, 0, 4, 0},
            {0, 3, 3, 0, 0},
            {1, 0, 0, 5, 0},
            {0, 2, 0, 3, 1}};
}

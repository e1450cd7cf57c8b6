package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cohen (1968)'s weighted κ. Worked by hand on the cont3x3abstractors table with categories 1, 2, 3:
 * observed weighted disagreement 11 / 100, expected (linear) 7002 / 10000 and (quadratic)
 * 10200 / 10000. With two categories κ_w equals Cohen's κ (Cohen 1968, p. 215).
 * <p>Published values reproduced to their printed precision:
 * <ul>
 * <li>irrCAC 1.0 (Gwet), help page {@code kappa2.table}, example output of
 * {@code kappa2.table(cont3x3abstractors, weights = quadratic.weights(1:q))}: 0.8921569
 * (https://rdrr.io/cran/irrCAC/man/kappa2.table.html).</li>
 * <li>SAS PROC FREQ's weighted-kappa printout on the 3 × 3 table {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}},
 * Cicchetti–Allison (linear) weights: Kappa 0.4701 (simple κ 0.4842), as quoted in statsmodels'
 * {@code statsmodels/stats/tests/test_inter_rater.py}, class {@code TestWeightedCohens}.</li>
 * <li>R package irr, {@code kappa2(anxiety[,2:3], "equal")} = 0.1459075 and {@code "squared"} =
 * 0.2520325, as recorded in the same statsmodels test file ({@code test_cohens_kappa_irr}). irr
 * weights by the rank of the categories that occur, not by their value: raters 2 and 3 never use
 * 5, so irr treats 4 → 6 as one step. Mizan weights by the numeric value (4 → 6 is two steps),
 * which gives 0.1262136 (= 13/103) and 0.2297980 (= 91/396) on the raw ratings; recoding 6 as 5
 * gives irr's figures exactly.</li>
 * </ul>
 */
class Cohen1968Test {
    private static final CodingStudy ABSTRACTORS = Studies.fromTable(Studies.ABSTRACTORS, 1, 2, 3);

    /** The SAS example table (rows: rater 1, columns: rater 2) quoted in statsmodels' test_inter_rater.py. */
    private static final long[][] SAS_TABLE = {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};

    /** Raters 2 and 3 of irr's {@code anxiety} data set (20 subjects, scale 1–6), as in statsmodels' tests. */
    private static final int[] ANXIETY_RATER_2 = {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
    private static final int[] ANXIETY_RATER_3 = {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};

    /** The anxiety ratings of raters 2 and 3 with every {@code from} replaced by {@code to}. */
    private static CodingStudy anxiety(int from, int to) {
        Object[][] rows = new Object[ANXIETY_RATER_2.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[]{recode(ANXIETY_RATER_2[i], from, to), recode(ANXIETY_RATER_3[i], from, to)};
        }
        return Studies.fromRows(rows);
    }

    private static int recode(int value, int from, int to) {
        return value == from ? to : value;
    }

    @Test
    void linearWeightsOnTheAbstractorsTable() {
        assertThat(WeightedKappa.of(ABSTRACTORS, Weights.LINEAR).get()).isCloseTo(1 - 1100.0 / 7002, within(1e-12));
    }

    @Test
    void quadraticWeightsOnTheAbstractorsTable() {
        assertThat(WeightedKappa.of(ABSTRACTORS, Weights.QUADRATIC).get()).isCloseTo(1 - 1100.0 / 10200, within(1e-12));
    }

    @Test
    void reproducesIrrCacsQuadraticallyWeightedKappaOnTheAbstractorsTable() {
        // irrCAC 1.0, kappa2.table example output: 0.8921569
        assertThat(WeightedKappa.of(ABSTRACTORS, Weights.QUADRATIC).get()).isCloseTo(0.8921569, within(0.5e-7));
    }

    @Test
    void reproducesTheSasLinearlyWeightedKappaQuotedByStatsmodels() {
        // SAS PROC FREQ printout quoted in statsmodels test_inter_rater.py: weighted 0.4701, simple 0.4842
        CodingStudy study = Studies.fromTable(SAS_TABLE, 0, 1, 2);

        assertThat(WeightedKappa.of(study, Weights.LINEAR).get()).isCloseTo(0.4701, within(0.00005));
        assertThat(CohenKappa.of(study).get()).isCloseTo(0.4842, within(0.00005));
    }

    @Test
    void reproducesIrrsKappa2OnTheAnxietyRatingsOnceTheUnusedCategoryIsClosedUp() {
        // irr's kappa2(anxiety[,2:3], "equal") = 0.1459075, "squared" = 0.2520325 (statsmodels test_inter_rater.py);
        // irr weights by rank among the categories used, so 6 counts as the step after 4.
        CodingStudy ranks = anxiety(6, 5);

        assertThat(WeightedKappa.of(ranks, Weights.LINEAR).get()).isCloseTo(0.1459075, within(0.5e-7));
        assertThat(WeightedKappa.of(ranks, Weights.QUADRATIC).get()).isCloseTo(0.2520325, within(0.5e-7));
    }

    @Test
    void weightsTheAnxietyRatingsByTheirValueWhereIrrUsesRanks() {
        CodingStudy values = anxiety(6, 6);

        assertThat(WeightedKappa.of(values, Weights.LINEAR).get()).isCloseTo(13.0 / 103, within(1e-12));
        assertThat(WeightedKappa.of(values, Weights.QUADRATIC).get()).isCloseTo(91.0 / 396, within(1e-12));
    }

    @Test
    void equalsCohensKappaWithTwoCategories() {
        CodingStudy study = Studies.fromTable(new long[][]{{20, 5}, {10, 15}}, 0, 1);

        assertThat(WeightedKappa.of(study, Weights.QUADRATIC).get()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void needsNumericCategories() {
        CodingStudy study = Studies.fromTable(new long[][]{{20, 5}, {10, 15}}, "yes", "no");

        assertThat(WeightedKappa.of(study, Weights.LINEAR).reason()).contains("numeric");
    }
}

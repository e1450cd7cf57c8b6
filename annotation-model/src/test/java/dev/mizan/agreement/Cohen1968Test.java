package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cohen (1968)'s weighted κ. Worked by hand on the cont3x3abstractors table with categories 1, 2, 3:
 * observed weighted disagreement 11 / 100, expected (linear) 7002 / 10000 and (quadratic)
 * 10200 / 10000. With two categories κ_w equals Cohen's κ (Cohen 1968, p. 215).
 */
class Cohen1968Test {
    private static final CodingStudy ABSTRACTORS = Studies.fromTable(Studies.ABSTRACTORS, 1, 2, 3);

    @Test
    void linearWeightsOnTheAbstractorsTable() {
        assertThat(WeightedKappa.of(ABSTRACTORS, Weights.LINEAR).get()).isCloseTo(1 - 1100.0 / 7002, within(1e-12));
    }

    @Test
    void quadraticWeightsOnTheAbstractorsTable() {
        assertThat(WeightedKappa.of(ABSTRACTORS, Weights.QUADRATIC).get()).isCloseTo(1 - 1100.0 / 10200, within(1e-12));
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

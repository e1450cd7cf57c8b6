package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Gwet (2008)'s AC1. On irrCAC's cont3x3abstractors table p_a = 0.89 and
 * p_e = Σ π_k(1 − π_k) / 2 with π = (0.13, 0.255, 0.615), so AC1 = 0.620075 / 0.730075; on a skewed
 * 2 × 2 table (8 yes-yes, 1 no-no, 1 yes-no) AC1 = 0.8658 while Scott's π falls to 0.6078 — the
 * paradox AC1 was made for.
 */
class Gwet2008Test {
    @Test
    void reproducesTheAbstractorsTable() {
        CodingStudy study = Studies.fromTable(Studies.ABSTRACTORS, "Ectopic", "AIU", "NIU");

        assertThat(GwetAc1.of(study).get()).isCloseTo(0.620075 / 0.730075, within(1e-9));
        assertThat(GwetAc1.of(study).get()).isCloseTo(0.8493, within(0.00005));
    }

    @Test
    void staysNearPercentAgreementWhenOneCategoryDominates() {
        CodingStudy study = Studies.fromTable(new long[][]{{8, 1}, {0, 1}}, "y", "n");

        assertThat(GwetAc1.of(study).get()).isCloseTo(0.8658, within(0.00005));
        assertThat(ScottPi.of(study).get()).isCloseTo(0.6078, within(0.00005));
    }

    @Test
    void isUndefinedWithASingleCategory() {
        assertThat(GwetAc1.of(Studies.fromTable(new long[][]{{10}}, "y")).reason()).contains("one category");
    }
}

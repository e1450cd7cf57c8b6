package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Percent agreement: Wikipedia's Cohen example (35 of 50 proposals) and Fleiss (1971)'s P̄ = 0.5556. */
class PercentAgreementTest {
    @Test
    void isTheShareOfAgreeingUnitsForTwoCoders() {
        CodingStudy study = Studies.fromTable(new long[][]{{20, 5}, {10, 15}}, "yes", "no");

        assertThat(PercentAgreement.of(study).get()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void isFleissMeanPairwiseAgreementForManyCoders() {
        assertThat(PercentAgreement.of(Studies.fromRows(Fleiss1971Test.PATIENTS)).get()).isCloseTo(0.5556, within(0.00005));
    }

    @Test
    void isUndefinedWithoutPairableUnits() {
        assertThat(PercentAgreement.of(Studies.fromRows(new Object[][]{{"x", null}})).isDefined()).isFalse();
    }
}

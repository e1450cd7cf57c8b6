package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Percent agreement: Wikipedia's Cohen example (35 of 50 proposals) and Fleiss (1971)'s P̄ = 0.5556; and
 * the irrCAC 1.0 overview vignette (https://cran.r-project.org/web/packages/irrCAC/vignettes/overview.html):
 * {@code pa2.table(cont3x3abstractors)} 0.89, {@code pa.coeff.raw(cac.raw4raters)} 0.8181818 (units with a
 * single rating left out), {@code gwet.ac1.dist(distrib.6raters)}'s pa 0.5511111.
 */
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

    @Test
    void reproducesIrrCacsPercentAgreementOnItsExampleDataSets() {
        // irrCAC 1.0 overview vignette: pa2.table 0.89, pa.coeff.raw 0.8181818, gwet.ac1.dist pa 0.5511111
        assertThat(PercentAgreement.of(Studies.fromTable(Studies.ABSTRACTORS, "Ectopic", "AIU", "NIU")).get())
                .isCloseTo(0.89, within(1e-12));
        assertThat(PercentAgreement.of(Studies.fromRows(Studies.CAC_RAW_4_RATERS)).get()).isCloseTo(0.8181818, within(0.5e-7));
        assertThat(PercentAgreement.of(Studies.fromCounts(Studies.DISTRIB_6_RATERS)).get()).isCloseTo(0.5511111, within(0.5e-7));
    }
}

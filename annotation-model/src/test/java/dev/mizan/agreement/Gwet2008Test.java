package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Gwet (2008)'s AC1. On irrCAC's cont3x3abstractors table p_a = 0.89 and
 * p_e = Σ π_k(1 − π_k) / 2 with π = (0.13, 0.255, 0.615), so AC1 = 0.620075 / 0.730075; on a skewed
 * 2 × 2 table (8 yes-yes, 1 no-no, 1 yes-no) AC1 = 0.8658 while Scott's π falls to 0.6078 — the
 * paradox AC1 was made for.
 * <p>Published values reproduced to their printed precision, all from the irrCAC 1.0 R package by
 * Gwet, vignette "Calculating Chance-corrected Agreement Coefficients (CAC)" (overview.Rmd,
 * https://cran.r-project.org/web/packages/irrCAC/vignettes/overview.html):
 * <ul>
 * <li>{@code gwet.ac1.table(cont3x3abstractors)}: Gwet's AC1 0.8493305 (two raters, a table).</li>
 * <li>{@code gwet.ac1.raw(cac.raw4raters)}: pa 0.8181818, pe 0.1903212, AC1 0.77544 (four raters,
 * twelve subjects, five categories, missing ratings; subject 12 has one rating only).</li>
 * <li>{@code gwet.ac1.dist(distrib.6raters)}: AC1 0.4448007, pa 0.5511111, pe 0.1914815 (six raters,
 * fifteen subjects, five categories, given as counts per category).</li>
 * </ul>
 */
class Gwet2008Test {
    @Test
    void reproducesTheAbstractorsTable() {
        CodingStudy study = Studies.fromTable(Studies.ABSTRACTORS, "Ectopic", "AIU", "NIU");

        assertThat(GwetAc1.of(study).get()).isCloseTo(0.620075 / 0.730075, within(1e-9));
        assertThat(GwetAc1.of(study).get()).isCloseTo(0.8493, within(0.00005));
    }

    @Test
    void reproducesIrrCacsPrintedValueOnTheAbstractorsTable() {
        // irrCAC 1.0 overview vignette: gwet.ac1.table(cont3x3abstractors) -> Gwet's AC1 0.8493305
        CodingStudy study = Studies.fromTable(Studies.ABSTRACTORS, "Ectopic", "AIU", "NIU");

        assertThat(GwetAc1.of(study).get()).isCloseTo(0.8493305, within(0.5e-7));
    }

    @Test
    void reproducesIrrCacsFourRatersWithMissingRatings() {
        // irrCAC 1.0 overview vignette: gwet.ac1.raw(cac.raw4raters) -> pa 0.8181818, pe 0.1903212, AC1 0.77544

        AgreementValue ac1 = GwetAc1.of(Studies.fromRows(Studies.CAC_RAW_4_RATERS));

        assertThat(ac1.get()).isCloseTo(0.77544, within(0.000005));
        assertThat(PercentAgreement.of(Studies.fromRows(Studies.CAC_RAW_4_RATERS)).get()).isCloseTo(0.8181818, within(0.5e-7));
        // pe, recovered from AC1 = (pa - pe) / (1 - pe)
        assertThat((0.8181818 - ac1.get()) / (1 - ac1.get())).isCloseTo(0.1903212, within(0.000005));
    }

    @Test
    void reproducesIrrCacsSixRatersGivenAsCounts() {
        // irrCAC 1.0 overview vignette: gwet.ac1.dist(distrib.6raters) -> AC1 0.4448007 (pa 0.5511111, pe 0.1914815)

        CodingStudy study = Studies.fromCounts(Studies.DISTRIB_6_RATERS);

        assertThat(GwetAc1.of(study).get()).isCloseTo(0.4448007, within(0.5e-7));
        assertThat(PercentAgreement.of(study).get()).isCloseTo(0.5511111, within(0.5e-7));
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

package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Fleiss (1971): 30 patients × 6 psychiatrists × 5 diagnoses (p. 379), κ = 0.430; and the table of
 * Wikipedia's "Fleiss' kappa" article (10 subjects × 14 raters × 5 categories), κ = 0.210.
 * <p>Also to the printed precision of software documentation:
 * <ul>
 * <li>R package irr, {@code kappam.fleiss(diagnoses)} (the same Fleiss 1971 data) = 0.4302445, as
 * recorded in statsmodels' {@code statsmodels/stats/tests/test_inter_rater.py} ({@code test_fleiss_kappa_irr}).</li>
 * <li>irrCAC 1.0 overview vignette (https://cran.r-project.org/web/packages/irrCAC/vignettes/overview.html):
 * {@code fleiss.kappa.dist(distrib.6raters)} = 0.4139265 (pe 0.2340741).</li>
 * </ul>
 */
class Fleiss1971Test {
    static final Object[][] PATIENTS = {
            {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
            {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
            {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
            {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
            {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
            {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
    };

    @Test
    void reproducesThePsychiatricDiagnosisExample() {
        assertThat(FleissKappa.of(Studies.fromRows(PATIENTS)).get()).isCloseTo(0.430, within(0.0005));
    }

    @Test
    void reproducesWikipediasTable() {
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };

        assertThat(FleissKappa.of(Studies.fromCounts(counts)).get()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void reproducesIrrsKappamFleissToItsPrintedPrecision() {
        // irr: kappam.fleiss(diagnoses) -> Kappa = 0.4302445 (quoted in statsmodels test_inter_rater.py)
        assertThat(FleissKappa.of(Studies.fromRows(PATIENTS)).get()).isCloseTo(0.4302445, within(0.5e-7));
    }

    @Test
    void reproducesIrrCacsSixRatersGivenAsCounts() {
        // irrCAC 1.0 overview vignette: fleiss.kappa.dist(distrib.6raters) -> 0.4139265
        assertThat(FleissKappa.of(Studies.fromCounts(Studies.DISTRIB_6_RATERS)).get()).isCloseTo(0.4139265, within(0.5e-7));
    }

    @Test
    void poolsTheValuesOfPairableUnitsWhereIrrCacAveragesPerSubjectWhenRatingsAreMissing() {
        // irrCAC 1.0 prints fleiss.kappa.raw(cac.raw4raters) = 0.76117 (pa 0.8181818, pe 0.2387153): it takes
        // π_k as the mean over all 12 rated subjects of each subject's share in k (Gwet 2014). Fleiss (1971)
        // assumes every subject has the same number of ratings and says nothing about missing ones; Mizan pools
        // the 40 values of the 11 pairable subjects (p_e = 0.24), so κ = (9/11 − 6/25) / (1 − 6/25) = 159/209.
        AgreementValue kappa = FleissKappa.of(Studies.fromRows(Studies.CAC_RAW_4_RATERS));

        assertThat(kappa.get()).isCloseTo(159.0 / 209, within(1e-12));
        assertThat(kappa.get()).isNotCloseTo(0.76117, within(0.000005));
    }
}

package dev.mizan.agreement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability: the 4 coders × 12 units example
 * with missing values (section E), which the paper works out at every level.
 * <p>Nominal α also reproduces the irrCAC 1.0 overview vignette (Gwet;
 * https://cran.r-project.org/web/packages/irrCAC/vignettes/overview.html) to its printed precision:
 * {@code krippen2.table(cont3x3abstractors)} 0.7972585, {@code krippen.alpha.dist(distrib.6raters)}
 * 0.4204384 and {@code krippen.alpha.raw(cac.raw4raters)} 0.74342 (four raters, missing ratings).
 */
class Krippendorff2011Test {
    private static final Integer N = null;
    static final Object[][] DATA = transpose(new Integer[][]{
            {1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3},
            {N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N},
    });

    private static Object[][] transpose(Integer[][] byCoder) {
        Object[][] units = new Object[byCoder[0].length][byCoder.length];
        for (int c = 0; c < byCoder.length; c++) {
            for (int u = 0; u < byCoder[c].length; u++) {
                units[u][c] = byCoder[c][u];
            }
        }
        return units;
    }

    @ParameterizedTest
    @CsvSource({"NOMINAL, 0.743", "ORDINAL, 0.815", "INTERVAL, 0.849", "RATIO, 0.797"})
    void reproducesThePaperAtEveryLevel(Level level, double expected) {
        AgreementValue alpha = KrippendorffAlpha.of(Studies.fromRows(DATA), level);

        assertThat(alpha.get()).isCloseTo(expected, within(0.0005));
    }

    @Test
    void reproducesIrrCacsNominalAlphaOnItsThreeExampleDataSets() {
        // irrCAC 1.0 overview vignette: krippen2.table 0.7972585, krippen.alpha.dist 0.4204384, krippen.alpha.raw 0.74342
        CodingStudy abstractors = Studies.fromTable(Studies.ABSTRACTORS, "Ectopic", "AIU", "NIU");

        assertThat(KrippendorffAlpha.of(abstractors, Level.NOMINAL).get()).isCloseTo(0.7972585, within(0.5e-7));
        assertThat(KrippendorffAlpha.of(Studies.fromCounts(Studies.DISTRIB_6_RATERS), Level.NOMINAL).get())
                .isCloseTo(0.4204384, within(0.5e-7));
        assertThat(KrippendorffAlpha.of(Studies.fromRows(Studies.CAC_RAW_4_RATERS), Level.NOMINAL).get())
                .isCloseTo(0.74342, within(0.000005));
    }
}

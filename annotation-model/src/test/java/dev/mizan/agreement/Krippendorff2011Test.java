package dev.mizan.agreement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability: the 4 coders × 12 units example
 * with missing values (section E), which the paper works out at every level.
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
}

package dev.mizan.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scott (1955)'s π on irrCAC's cont3x3abstractors table (the irrCAC vignette gives π = 0.7962397). */
class Scott1955Test {
    @Test
    void reproducesIrrCacsAbstractorsTable() {
        CodingStudy study = Studies.fromTable(Studies.ABSTRACTORS, "Ectopic", "AIU", "NIU");

        assertThat(ScottPi.of(study).get()).isCloseTo(0.7962397, within(1e-7));
    }

    @Test
    void isUndefinedWhenOneCategoryIsUsed() {
        assertThat(ScottPi.of(Studies.fromTable(new long[][]{{4}}, "x")).isDefined()).isFalse();
    }
}

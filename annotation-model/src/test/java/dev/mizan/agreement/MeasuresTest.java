package dev.mizan.agreement;

import dev.mizan.spi.AgreementMeasure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MeasuresTest {
    @Test
    void findsEveryBuiltInMeasureThroughTheServiceLoader() {
        Measures measures = Measures.load();

        assertThat(measures.all()).extracting(AgreementMeasure::id).containsExactly("percent", "cohen-kappa",
                "scott-pi", "fleiss-kappa", "weighted-kappa", "gwet-ac1", "krippendorff-alpha");
        assertThat(measures.problems()).isEmpty();
    }

    @Test
    void passesTheLevelToKrippendorffsAlpha() {
        AgreementMeasure alpha = Measures.load().byId("krippendorff-alpha").orElseThrow();

        AgreementValue v = alpha.compute(Studies.fromRows(Krippendorff2011Test.DATA),
                new MeasureOptions(Level.INTERVAL, Weights.LINEAR));

        assertThat(v.get()).isCloseTo(0.849, within(0.0005));
    }
}

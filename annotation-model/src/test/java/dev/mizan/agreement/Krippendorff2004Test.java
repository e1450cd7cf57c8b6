package dev.mizan.agreement;

import dev.mizan.agreement.KrippendorffAlphaU.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff (2004), Content Analysis 2nd ed., p. 254: two coders on a continuum of 300 (offsets
 * 150–450 there, shifted to 0–300 here), categories c and k. D_o(c) = 0.0144, D_e(c) = 0.0532,
 * α_u(c) = 0.7286; D_o(k) = 0, D_e(k) = 0.0490, α_u(k) = 1; over both α_u = 0.8591.
 */
class Krippendorff2004Test {
    static final List<List<Unit>> CODERS = List.of(
            List.of(u(225, 70, "c"), u(370, 30, "c"), u(180, 60, "k"), u(300, 50, "k")),
            List.of(u(220, 80, "c"), u(355, 20, "c"), u(400, 20, "c"), u(180, 60, "k"), u(300, 50, "k")));

    private static Unit u(int begin, int length, String label) {
        return new Unit(begin - 150, begin - 150 + length, label);
    }

    @Test
    void reproducesTheBookExamplePerCategory() {
        var result = KrippendorffAlphaU.of(300, CODERS);

        assertThat(result.disagreements().get("c")[0]).isCloseTo(0.0144, within(0.00005));
        assertThat(result.disagreements().get("c")[1]).isCloseTo(0.0532, within(0.00005));
        assertThat(result.byLabel().get("c").get()).isCloseTo(0.7286, within(0.00005));
        assertThat(result.disagreements().get("k")[0]).isZero();
        assertThat(result.disagreements().get("k")[1]).isCloseTo(0.0490, within(0.00005));
        assertThat(result.byLabel().get("k").get()).isEqualTo(1.0);
    }

    @Test
    void reproducesTheBookExampleOverall() {
        assertThat(KrippendorffAlphaU.of(300, CODERS).overall().get()).isCloseTo(0.8591, within(0.0005));
    }

    @Test
    void corpusOfOneDocumentEqualsTheDocument() {
        var corpus = KrippendorffAlphaU.corpus(List.of(300), List.of(CODERS));

        assertThat(corpus.overall().get()).isCloseTo(KrippendorffAlphaU.of(300, CODERS).overall().get(), within(1e-12));
    }

    @Test
    void corpusPoolsDocumentsAsOneContinuumWithoutJoiningGaps() {
        // Two copies of the example: observed and expected disagreement scale alike except for the
        // gap lengths pooled across both documents, so the value stays close to, but is computed anew from, the example.
        var corpus = KrippendorffAlphaU.corpus(List.of(300, 300), List.of(CODERS, CODERS));

        assertThat(corpus.overall().get()).isBetween(0.8, 0.9);
    }

    @Test
    void isUndefinedForALabelNobodyUsed() {
        var result = KrippendorffAlphaU.of(100, List.of(List.of(), List.of()));

        assertThat(result.overall().isDefined()).isFalse();
        assertThat(result.overall().reason()).contains("nothing to disagree on");
    }
}

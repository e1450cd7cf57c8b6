package dev.mizan.agreement;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every measure against the exact-fraction definitions in {@link ExactMeasures}, on random studies. */
class CrossCheckTest {
    private Integer[][] values;
    private CodingStudy study;
    private List<Integer> categories;

    private void randomStudy(long seed, int coders) {
        Random random = new Random(seed);
        int units = 1 + random.nextInt(18);
        int k = 1 + random.nextInt(5);
        double missing = random.nextDouble() * 0.4;
        values = new Integer[units][coders];
        for (Integer[] unit : values) {
            for (int c = 0; c < coders; c++) {
                unit[c] = random.nextDouble() < missing ? null : 1 + random.nextInt(k);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        TreeSet<Integer> used = new TreeSet<>();
        for (Integer[] unit : values) {
            rows.add(Arrays.asList((Object[]) unit));
            Arrays.stream(unit).filter(x -> x != null).forEach(used::add);
        }
        categories = List.copyOf(used);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < coders; c++) {
            names.add("c" + c);
        }
        study = CodingStudy.of(names, rows);
    }

    private static void same(AgreementValue actual, Fraction exact) {
        if (exact == null) {
            assertThat(actual.isDefined()).as("undefined, got %s", actual).isFalse();
        } else {
            assertThat(actual.isDefined()).as("defined as %s, got %s", exact.toDouble(), actual).isTrue();
            assertThat(actual.get()).isCloseTo(exact.toDouble(), within(1e-9));
        }
    }

    @RepeatedTest(150)
    void twoCoderMeasuresMatchExactFractions(RepetitionInfo info) {
        randomStudy(info.getCurrentRepetition(), 2);

        same(PercentAgreement.of(study), ExactMeasures.percent(values));
        same(CohenKappa.of(study), ExactMeasures.cohen(values, categories));
        same(ScottPi.of(study), ExactMeasures.scott(values, categories));
        same(WeightedKappa.of(study, Weights.LINEAR), ExactMeasures.weighted(values, categories, false));
        same(WeightedKappa.of(study, Weights.QUADRATIC), ExactMeasures.weighted(values, categories, true));
    }

    @RepeatedTest(150)
    void multiCoderMeasuresMatchExactFractions(RepetitionInfo info) {
        randomStudy(1000 + info.getCurrentRepetition(), 2 + info.getCurrentRepetition() % 4);

        same(PercentAgreement.of(study), ExactMeasures.percent(values));
        same(FleissKappa.of(study), ExactMeasures.fleiss(values, categories));
        same(GwetAc1.of(study), ExactMeasures.gwet(values, categories));
        for (Level level : Level.values()) {
            same(KrippendorffAlpha.of(study, level), ExactMeasures.alpha(values, categories, level));
        }
    }

    static List<Function<CodingStudy, AgreementValue>> allMeasures() {
        List<Function<CodingStudy, AgreementValue>> all = new ArrayList<>(List.of(
                PercentAgreement::of, CohenKappa::of, ScottPi::of, FleissKappa::of, GwetAc1::of,
                s -> WeightedKappa.of(s, Weights.LINEAR), s -> WeightedKappa.of(s, Weights.QUADRATIC)));
        for (Level level : Level.values()) {
            all.add(s -> KrippendorffAlpha.of(s, level));
        }
        return all;
    }
}

package dev.mizan.agreement;

import dev.mizan.agreement.KrippendorffAlphaU.Unit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The sort-and-sweep α_u against an all-pairs computation straight from Krippendorff (2004)'s sums. */
class AlphaUBruteForceTest {
    /** A segment: begin, length, unit or gap. */
    private record Seg(long b, long l, boolean unit) {
    }

    private static List<Seg> segments(List<Unit> units, int length) {
        List<Seg> segs = new ArrayList<>();
        int pos = 0;
        for (Unit u : units.stream().sorted((x, y) -> Integer.compare(x.begin(), y.begin())).toList()) {
            if (u.begin() > pos) {
                segs.add(new Seg(pos, u.begin() - pos, false));
            }
            segs.add(new Seg(u.begin(), u.end() - u.begin(), true));
            pos = u.end();
        }
        if (length > pos) {
            segs.add(new Seg(pos, length - pos, false));
        }
        return segs;
    }

    private static double delta(Seg g, Seg h) {
        long db = g.b() - h.b();
        if (g.unit() && h.unit() && -g.l() < db && db < h.l()) {
            long de = db + g.l() - h.l();
            return db * db + de * de;
        }
        if (g.unit() && !h.unit() && h.b() <= g.b() && g.b() + g.l() <= h.b() + h.l()) {
            return g.l() * g.l();
        }
        if (!g.unit() && h.unit() && g.b() <= h.b() && h.b() + h.l() <= g.b() + g.l()) {
            return h.l() * h.l();
        }
        return 0;
    }

    private static double[] bruteForce(List<List<Unit>> coders, int length) {
        int m = coders.size();
        List<List<Seg>> segs = coders.stream().map(c -> segments(c, length)).toList();
        double observed = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i != j) {
                    for (Seg g : segs.get(i)) {
                        for (Seg h : segs.get(j)) {
                            observed += delta(g, h);
                        }
                    }
                }
            }
        }
        observed /= m * (m - 1.0) * length * length;
        long units = segs.stream().flatMap(List::stream).filter(Seg::unit).count();
        double sum = 0;
        double squares = 0;
        for (List<Seg> list : segs) {
            for (Seg g : list) {
                if (!g.unit()) {
                    continue;
                }
                long l = g.l();
                squares += l * (l - 1.0);
                double inner = 0;
                for (List<Seg> other : segs) {
                    for (Seg h : other) {
                        if (!h.unit() && h.l() >= l) {
                            inner += h.l() - l + 1;
                        }
                    }
                }
                sum += (units - 1) / 3.0 * (2.0 * l * l * l - 3.0 * l * l + l) + l * l * inner;
            }
        }
        double ml = (double) m * length;
        double expected = 2.0 / length * sum / (ml * (ml - 1) - squares);
        return new double[]{observed, expected};
    }

    /** The sorted sweep (plain and batched with document weights) against pairing every unit with every gap. */
    private static void sweepEqualsDirectPairing(List<List<Unit>> coders, int length, Random random) {
        int[][][] spans = coders.stream().map(c -> c.stream().map(u -> new int[]{u.begin(), u.end()}).toArray(int[][]::new))
                .toArray(int[][][]::new);
        Continuum continuum = new Continuum(length, spans);
        long[] units = new long[continuum.unitCount()];
        long[] gaps = new long[continuum.unitCount() + coders.size()];
        int nu = continuum.emitUnits(units, 0, 0);
        int ng = continuum.emitGaps(gaps, 0, 0);
        UnitizingCross sweep = UnitizingCross.of(coders.size(), units, nu, gaps, ng);
        double[][] direct = continuum.crossByPairs();
        double[][] swept = sweep.terms(null);
        int weight = 1 + random.nextInt(3);
        double[][][] batched = sweep.terms(new double[]{weight, 0}, 2);
        for (int a = 0; a < coders.size(); a++) {
            for (int b = 0; b < coders.size(); b++) {
                assertThat(swept[a][b]).isCloseTo(direct[a][b], within(1e-6));
                // One document drawn `weight` times: units and gaps both scale, so the term scales by weight².
                assertThat(batched[0][a][b]).isCloseTo(weight * weight * direct[a][b], within(1e-6));
                assertThat(batched[1][a][b]).isZero();
            }
        }
    }

    @RepeatedTest(200)
    void sweepEqualsAllPairs(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        int length = 1 + random.nextInt(300);
        int m = 2 + random.nextInt(3);
        List<List<Unit>> coders = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            List<Unit> units = new ArrayList<>();
            int pos = random.nextInt(20);
            while (pos < length) {
                int len = 1 + random.nextInt(30);
                if (pos + len <= length && random.nextBoolean()) {
                    units.add(new Unit(pos, pos + len, "X"));
                }
                pos += len + random.nextInt(25);
            }
            coders.add(units);
        }

        sweepEqualsDirectPairing(coders, length, random);
        double[] expected = bruteForce(coders, length);
        var result = KrippendorffAlphaU.of(length, coders);
        if (coders.stream().allMatch(List::isEmpty)) {
            assertThat(result.overall().isDefined()).isFalse();
            return;
        }
        double[] actual = result.disagreements().get("X");

        assertThat(actual[0]).isCloseTo(expected[0], within(1e-9));
        assertThat(actual[1]).isCloseTo(expected[1], within(1e-9));
    }
}

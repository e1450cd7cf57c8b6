package dev.mizan.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Straight-from-the-definition implementations in exact fractions, written independently of the
 * production code (pairs of values instead of coincidence matrices, agreement weights instead of
 * disagreement weights). A null result means the coefficient is undefined (a zero denominator).
 * Category values are small integers.
 */
final class ExactMeasures {
    private ExactMeasures() {
    }

    /** values[unit][coder], null = missing. */
    static Fraction percent(Integer[][] values) {
        Fraction sum = Fraction.ZERO;
        int units = 0;
        for (Integer[] unit : values) {
            List<Integer> v = present(unit);
            if (v.size() < 2) {
                continue;
            }
            long agree = 0;
            long pairs = 0;
            for (int i = 0; i < v.size(); i++) {
                for (int j = 0; j < v.size(); j++) {
                    if (i != j) {
                        pairs++;
                        agree += v.get(i).equals(v.get(j)) ? 1 : 0;
                    }
                }
            }
            sum = sum.plus(Fraction.of(agree, pairs));
            units++;
        }
        return units == 0 ? null : sum.div(Fraction.of(units));
    }

    static Fraction cohen(Integer[][] values, List<Integer> categories) {
        List<Integer[]> both = bothCoded(values);
        if (both.isEmpty()) {
            return null;
        }
        Fraction n = Fraction.of(both.size());
        Fraction po = Fraction.ZERO;
        Fraction pe = Fraction.ZERO;
        for (Integer[] u : both) {
            if (u[0].equals(u[1])) {
                po = po.plus(Fraction.ONE);
            }
        }
        po = po.div(n);
        for (Integer c : categories) {
            long a = both.stream().filter(u -> u[0].equals(c)).count();
            long b = both.stream().filter(u -> u[1].equals(c)).count();
            pe = pe.plus(Fraction.of(a).div(n).times(Fraction.of(b).div(n)));
        }
        return kappa(po, pe);
    }

    static Fraction scott(Integer[][] values, List<Integer> categories) {
        List<Integer[]> both = bothCoded(values);
        if (both.isEmpty()) {
            return null;
        }
        Fraction n = Fraction.of(both.size());
        Fraction po = Fraction.of(both.stream().filter(u -> u[0].equals(u[1])).count()).div(n);
        Fraction pe = Fraction.ZERO;
        for (Integer c : categories) {
            long a = both.stream().filter(u -> u[0].equals(c)).count();
            long b = both.stream().filter(u -> u[1].equals(c)).count();
            Fraction p = Fraction.of(a + b).div(n.times(Fraction.of(2)));
            pe = pe.plus(p.times(p));
        }
        return kappa(po, pe);
    }

    static Fraction fleiss(Integer[][] values, List<Integer> categories) {
        Fraction pBar = percent(values);
        if (pBar == null) {
            return null;
        }
        long total = 0;
        List<Long> perCategory = new ArrayList<>();
        for (Integer c : categories) {
            long n = 0;
            for (Integer[] unit : values) {
                List<Integer> v = present(unit);
                if (v.size() >= 2) {
                    n += v.stream().filter(c::equals).count();
                }
            }
            perCategory.add(n);
            total += n;
        }
        Fraction pe = Fraction.ZERO;
        for (long n : perCategory) {
            Fraction p = Fraction.of(n, total);
            pe = pe.plus(p.times(p));
        }
        return kappa(pBar, pe);
    }

    /** Weighted κ via agreement weights w = 1 − v / v_max (Cohen 1968's other form). */
    static Fraction weighted(Integer[][] values, List<Integer> categories, boolean quadratic) {
        List<Integer[]> both = bothCoded(values);
        if (both.isEmpty()) {
            return null;
        }
        long vmax = 0;
        for (Integer a : categories) {
            for (Integer b : categories) {
                vmax = Math.max(vmax, dis(a, b, quadratic));
            }
        }
        if (vmax == 0) {
            return null;
        }
        Fraction n = Fraction.of(both.size());
        Fraction po = Fraction.ZERO;
        for (Integer[] u : both) {
            po = po.plus(Fraction.ONE.minus(Fraction.of(dis(u[0], u[1], quadratic), vmax)));
        }
        po = po.div(n);
        Fraction pe = Fraction.ZERO;
        for (Integer a : categories) {
            for (Integer b : categories) {
                long ra = both.stream().filter(u -> u[0].equals(a)).count();
                long cb = both.stream().filter(u -> u[1].equals(b)).count();
                Fraction w = Fraction.ONE.minus(Fraction.of(dis(a, b, quadratic), vmax));
                pe = pe.plus(w.times(Fraction.of(ra * cb)).div(n.times(n)));
            }
        }
        return kappa(po, pe);
    }

    static Fraction gwet(Integer[][] values, List<Integer> categories) {
        Fraction pa = percent(values);
        int q = categories.size();
        if (pa == null || q < 2) {
            return null;
        }
        Fraction pe = Fraction.ZERO;
        for (Integer c : categories) {
            Fraction pi = Fraction.ZERO;
            int rated = 0;
            for (Integer[] unit : values) {
                List<Integer> v = present(unit);
                if (!v.isEmpty()) {
                    rated++;
                    pi = pi.plus(Fraction.of(v.stream().filter(c::equals).count(), v.size()));
                }
            }
            pi = pi.div(Fraction.of(rated));
            pe = pe.plus(pi.times(Fraction.ONE.minus(pi)));
        }
        pe = pe.div(Fraction.of(q - 1));
        return kappa(pa, pe);
    }

    /** α from pairs of values: D_o within units, D_e over all pairable values. */
    static Fraction alpha(Integer[][] values, List<Integer> categories, Level level) {
        List<Integer> pairable = new ArrayList<>();
        for (Integer[] unit : values) {
            List<Integer> v = present(unit);
            if (v.size() >= 2) {
                pairable.addAll(v);
            }
        }
        long n = pairable.size();
        if (n < 2) {
            return null;
        }
        Fraction observed = Fraction.ZERO;
        for (Integer[] unit : values) {
            List<Integer> v = present(unit);
            if (v.size() < 2) {
                continue;
            }
            Fraction s = Fraction.ZERO;
            for (int i = 0; i < v.size(); i++) {
                for (int j = 0; j < v.size(); j++) {
                    if (i != j) {
                        s = s.plus(delta(v.get(i), v.get(j), level, pairable, categories));
                    }
                }
            }
            observed = observed.plus(s.div(Fraction.of(v.size() - 1)));
        }
        observed = observed.div(Fraction.of(n));
        Fraction expected = Fraction.ZERO;
        for (int i = 0; i < pairable.size(); i++) {
            for (int j = 0; j < pairable.size(); j++) {
                if (i != j) {
                    expected = expected.plus(delta(pairable.get(i), pairable.get(j), level, pairable, categories));
                }
            }
        }
        expected = expected.div(Fraction.of(n * (n - 1)));
        if (expected.isZero()) {
            return null;
        }
        return Fraction.ONE.minus(observed.div(expected));
    }

    private static Fraction delta(int a, int b, Level level, List<Integer> pairable, List<Integer> categories) {
        if (a == b) {
            return Fraction.ZERO;
        }
        return switch (level) {
            case NOMINAL -> Fraction.ONE;
            case ORDINAL -> {
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                Fraction s = Fraction.ZERO;
                for (Integer g : categories) {
                    if (g >= lo && g <= hi) {
                        s = s.plus(Fraction.of(pairable.stream().filter(g::equals).count()));
                    }
                }
                long nlo = pairable.stream().filter(x -> x == lo).count();
                long nhi = pairable.stream().filter(x -> x == hi).count();
                s = s.minus(Fraction.of(nlo + nhi, 2));
                yield s.times(s);
            }
            case INTERVAL -> Fraction.of((long) (a - b) * (a - b));
            case RATIO -> a + b == 0 ? Fraction.ZERO : Fraction.of((long) (a - b) * (a - b), (long) (a + b) * (a + b));
        };
    }

    private static long dis(int a, int b, boolean quadratic) {
        long d = Math.abs(a - b);
        return quadratic ? d * d : d;
    }

    private static Fraction kappa(Fraction po, Fraction pe) {
        Fraction denominator = Fraction.ONE.minus(pe);
        return denominator.isZero() ? null : po.minus(pe).div(denominator);
    }

    private static List<Integer> present(Integer[] unit) {
        List<Integer> v = new ArrayList<>();
        for (Integer x : unit) {
            if (x != null) {
                v.add(x);
            }
        }
        return v;
    }

    private static List<Integer[]> bothCoded(Integer[][] values) {
        List<Integer[]> both = new ArrayList<>();
        for (Integer[] u : values) {
            if (u[0] != null && u[1] != null) {
                both.add(u);
            }
        }
        return both;
    }
}

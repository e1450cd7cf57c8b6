package dev.mizan.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reliability data: units × coders, each cell a category or missing (Krippendorff's "reliability data
 * matrix"). Values are strings (labels), booleans or numbers; numbers compare by numeric value, so
 * {@code 1} and {@code 1.0} are the same category. Categories are kept in order: numeric order when
 * every value is a number, otherwise the declared order or, failing that, alphabetical order. The
 * order matters for ordinal α only.
 */
public final class CodingStudy {
    /** The code of a missing value. */
    public static final int MISSING = -1;

    private final List<String> coders;
    private final List<Object> categories;
    private final double[] numericValues;
    private final int[][] codes;

    private CodingStudy(List<String> coders, List<Object> categories, double[] numericValues, int[][] codes) {
        this.coders = coders;
        this.categories = categories;
        this.numericValues = numericValues;
        this.codes = codes;
    }

    /** A study whose categories are the values that occur. Each unit is a list with one value (or null) per coder. */
    public static CodingStudy of(List<String> coders, List<? extends List<?>> units) {
        return of(coders, units, List.of());
    }

    /**
     * A study with declared categories in the given order (values not declared are added after them).
     * Declared but unused categories count for measures that use the number of categories (Gwet's AC1).
     */
    public static CodingStudy of(List<String> coders, List<? extends List<?>> units, List<?> declaredCategories) {
        List<String> coderList = List.copyOf(coders);
        boolean numeric = true;
        LinkedHashSet<Object> seen = new LinkedHashSet<>();
        for (Object declared : declaredCategories) {
            seen.add(normalize(declared));
        }
        for (List<?> unit : units) {
            if (unit.size() != coderList.size()) {
                throw new IllegalArgumentException("a unit has " + unit.size() + " values for " + coderList.size() + " coders");
            }
            for (Object v : unit) {
                if (v != null) {
                    seen.add(normalize(v));
                }
            }
        }
        for (Object c : seen) {
            numeric &= c instanceof Double;
        }
        List<Object> ordered;
        if (numeric) {
            ordered = new ArrayList<>(new TreeSet<>(seen));
        } else if (!declaredCategories.isEmpty()) {
            ordered = new ArrayList<>(seen);
        } else {
            ordered = new ArrayList<>(seen);
            ordered.sort(Comparator.comparing(String::valueOf));
        }
        Map<Object, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i);
        }
        int[][] codes = new int[units.size()][coderList.size()];
        for (int u = 0; u < units.size(); u++) {
            List<?> unit = units.get(u);
            for (int c = 0; c < coderList.size(); c++) {
                Object v = unit.get(c);
                codes[u][c] = v == null ? MISSING : index.get(normalize(v));
            }
        }
        double[] values = null;
        if (numeric) {
            values = ordered.stream().mapToDouble(o -> (Double) o).toArray();
        }
        return new CodingStudy(coderList, List.copyOf(ordered), values, codes);
    }

    /** A study straight from category codes ({@link #MISSING} for a missing value); used by the report. */
    public static CodingStudy ofCodes(List<String> coders, List<?> categories, double[] numericValues, int[][] codes) {
        for (int[] unit : codes) {
            if (unit.length != coders.size()) {
                throw new IllegalArgumentException("a unit has " + unit.length + " values for " + coders.size() + " coders");
            }
            for (int code : unit) {
                if (code < MISSING || code >= categories.size()) {
                    throw new IllegalArgumentException("category code " + code + " out of range");
                }
            }
        }
        return new CodingStudy(List.copyOf(coders), List.copyOf(categories),
                numericValues == null ? null : numericValues.clone(), codes);
    }

    private static Object normalize(Object v) {
        Objects.requireNonNull(v);
        if (v instanceof Number n) {
            return n.doubleValue() == 0.0 ? 0.0 : n.doubleValue();
        }
        return v.toString();
    }

    public List<String> coders() {
        return coders;
    }

    public List<Object> categories() {
        return categories;
    }

    public int unitCount() {
        return codes.length;
    }

    public int coderCount() {
        return coders.size();
    }

    public int categoryCount() {
        return categories.size();
    }

    /** The category index a coder gave a unit, or {@link #MISSING}. */
    public int code(int unit, int coder) {
        return codes[unit][coder];
    }

    /** True when every category is a number (interval, ratio and weighted κ need this). */
    public boolean isNumeric() {
        return numericValues != null;
    }

    public double numericValue(int category) {
        if (numericValues == null) {
            throw new IllegalStateException("the categories are not numbers");
        }
        return numericValues[category];
    }

    /** How many values each unit got per category: {@code [unit][category]}. */
    public int[][] unitCategoryCounts() {
        int[][] counts = new int[codes.length][categories.size()];
        for (int u = 0; u < codes.length; u++) {
            for (int code : codes[u]) {
                if (code != MISSING) {
                    counts[u][code]++;
                }
            }
        }
        return counts;
    }

    /** The same units seen by a subset of the coders (e.g. one pair). */
    public CodingStudy ofCoders(int... coderIndexes) {
        List<String> names = new ArrayList<>();
        for (int c : coderIndexes) {
            names.add(coders.get(c));
        }
        int[][] sub = new int[codes.length][coderIndexes.length];
        for (int u = 0; u < codes.length; u++) {
            for (int i = 0; i < coderIndexes.length; i++) {
                sub[u][i] = codes[u][coderIndexes[i]];
            }
        }
        return new CodingStudy(List.copyOf(names), categories, numericValues, sub);
    }
}

package dev.mizan.workbench.agreement;

import java.util.List;

/** The report's measure ids in the order the dashboard lists them, with their names for people. */
final class MeasureNames {
    /** Layer-level measures, most telling first; ids not listed here come after, by id. */
    static final List<String> ORDER = List.of(
            "krippendorff-alpha-u", "span-f1-exact", "span-f1-overlap", "span-f1-boundary",
            "span-f1-exact-macro", "span-f1-overlap-macro", "krippendorff-alpha", "fleiss-kappa",
            "cohen-kappa", "attribute-alpha", "link-f1");

    private MeasureNames() {
    }

    /** The message key of a measure's name, {@code measure.<id>}; unknown ids show as themselves. */
    static String key(String measure) {
        return "measure." + measure;
    }

    static int rank(String measure) {
        int i = ORDER.indexOf(measure);
        return i < 0 ? ORDER.size() : i;
    }
}

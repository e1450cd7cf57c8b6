package dev.mizan.agreement;

import java.util.List;

/**
 * One value of a project agreement report: a measure on a layer, optionally narrowed to a label, a pair
 * of annotators and a document. Null fields mean "all": all labels, all annotators, the whole corpus.
 *
 * @param measure  e.g. {@code krippendorff-alpha-u}, {@code span-f1-overlap}, {@code cohen-kappa}
 * @param layer    the span layer
 * @param label    the label, the attribute (for {@code attribute-alpha}) or link type (for {@code link-f1}); null = all
 * @param pair     two annotators, or null for all annotators together
 * @param document a document id, or null for the corpus (all documents at once, not an average)
 * @param value    the value or undefined with a reason
 * @param ci       the 95% bootstrap interval over documents (corpus values only), or null
 * @param n        how many units the value rests on (spans, tokens, matched pairs or links)
 */
public record ReportEntry(String measure, String layer, String label, List<String> pair, String document,
                          AgreementValue value, Interval ci, long n) {

    /** A confidence interval. */
    public record Interval(double low, double high) {
    }
}

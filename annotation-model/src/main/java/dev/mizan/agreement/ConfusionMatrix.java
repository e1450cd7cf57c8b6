package dev.mizan.agreement;

import java.util.List;

/**
 * Labels of spans matched between two annotators in one layer over the whole corpus. The last label is
 * {@link #MISSING}: a span of the row annotator the column annotator has no match for, or the reverse.
 *
 * @param layer  the span layer
 * @param pair   the row annotator and the column annotator
 * @param labels row and column labels, ending with {@link #MISSING}
 * @param counts {@code counts[row][column]}
 */
public record ConfusionMatrix(String layer, List<String> pair, List<String> labels, long[][] counts) {
    public static final String MISSING = "missing";
}

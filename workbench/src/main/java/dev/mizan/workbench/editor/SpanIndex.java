package dev.mizan.workbench.editor;

import dev.mizan.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans that overlap a stretch of text without walking all of them, so painting a
 * screenful of a document with 10,000 annotations costs about as much as one with ten.
 * Spans are kept sorted by begin; a running maximum of ends lets a query skip every span
 * that ends before the stretch.
 */
public final class SpanIndex {
    private final Span[] spans;
    private final int[] begins;
    private final int[] maxEndUpTo;

    /** @param sortedSpans spans sorted by begin (as an AnnotationSet keeps them) */
    public SpanIndex(List<Span> sortedSpans) {
        spans = sortedSpans.toArray(Span[]::new);
        begins = new int[spans.length];
        maxEndUpTo = new int[spans.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < spans.length; i++) {
            if (i > 0 && spans[i].begin() < spans[i - 1].begin()) {
                throw new IllegalArgumentException("spans must be sorted by begin");
            }
            begins[i] = spans[i].begin();
            max = Math.max(max, spans[i].end());
            maxEndUpTo[i] = max;
        }
    }

    public int size() {
        return spans.length;
    }

    /** Spans with {@code begin < to && end > from}, in reading order; a zero-length stretch finds spans around it. */
    public List<Span> overlapping(int from, int to) {
        List<Span> result = new ArrayList<>();
        int first = firstWithMaxEndAbove(from);
        for (int i = first; i < spans.length && begins[i] < Math.max(to, from + 1); i++) {
            if (spans[i].end() > from) {
                result.add(spans[i]);
            }
        }
        return result;
    }

    /** Spans that contain the character at {@code offset}. */
    public List<Span> at(int offset) {
        return overlapping(offset, offset + 1);
    }

    /** The innermost (shortest) span containing the character at {@code offset}, or null. */
    public Span innermostAt(int offset) {
        Span best = null;
        for (Span s : at(offset)) {
            if (best == null || s.length() < best.length()) {
                best = s;
            }
        }
        return best;
    }

    private int firstWithMaxEndAbove(int from) {
        int lo = 0;
        int hi = spans.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEndUpTo[mid] > from) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}

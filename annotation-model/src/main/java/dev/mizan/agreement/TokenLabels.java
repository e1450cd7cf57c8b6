package dev.mizan.agreement;

import dev.mizan.model.Span;
import dev.mizan.text.Token;

import java.util.List;
import java.util.Map;

/**
 * Gives every token one annotator's label or O: the label of the span that overlaps the token most, if
 * that span covers at least half of the token; otherwise O. On a tie the later span in reading order
 * (the inner one of two nested spans) wins. Each span visits only the tokens it overlaps.
 */
final class TokenLabels {
    private TokenLabels() {
    }

    static int[] assign(List<Token> tokens, List<Span> spans, Map<String, Integer> labelIndex, int outside, int length) {
        int n = tokens.size();
        int[] begins = new int[n];
        for (int t = 0; t < n; t++) {
            begins[t] = tokens.get(t).begin();
        }
        int[] best = new int[n];
        int[] bestOverlap = new int[n];
        java.util.Arrays.fill(best, outside);
        for (Span s : spans) {
            int label = labelIndex.get(s.label());
            // the last token beginning at or before the span's begin may still overlap it
            int t = Math.max(0, upperBound(begins, s.begin()) - 1);
            for (; t < n && begins[t] < s.end(); t++) {
                Token token = tokens.get(t);
                int overlap = Math.min(token.end(), s.end()) - Math.max(token.begin(), s.begin());
                if (overlap > 0 && overlap >= bestOverlap[t]) {
                    bestOverlap[t] = overlap;
                    best[t] = label;
                }
            }
        }
        for (int t = 0; t < n; t++) {
            if (bestOverlap[t] * 2 < tokens.get(t).length()) {
                best[t] = outside;
            }
        }
        return best;
    }

    private static int upperBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package dev.mizan.agreement;

import dev.mizan.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of two annotators' spans in a layer. Candidates are overlapping pairs; they are
 * taken greedily, best first: identical spans, then same label, then larger overlap, then closer
 * boundaries. Greedy on this order is deterministic and, because identical spans go first, never
 * splits an exact agreement.
 */
final class SpanMatcher {
    private SpanMatcher() {
    }

    /**
     * For each span of {@code a}, the index of its partner in {@code b} or -1. Both lists must be
     * sorted by begin. With {@code sameLabelOnly}, only spans with equal labels may match.
     */
    static int[] match(List<Span> a, List<Span> b, boolean sameLabelOnly) {
        int[] partner = new int[a.size()];
        Arrays.fill(partner, -1);
        if (a.isEmpty() || b.isEmpty()) {
            return partner;
        }
        int maxLengthB = 0;
        int[] beginsB = new int[b.size()];
        for (int j = 0; j < b.size(); j++) {
            maxLengthB = Math.max(maxLengthB, b.get(j).length());
            beginsB[j] = b.get(j).begin();
        }
        List<long[]> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Span s = a.get(i);
            int j = lowerBound(beginsB, s.begin() - maxLengthB);
            for (; j < b.size() && b.get(j).begin() < s.end(); j++) {
                Span t = b.get(j);
                if (t.end() <= s.begin() || (sameLabelOnly && !t.label().equals(s.label()))) {
                    continue;
                }
                boolean sameLabel = t.label().equals(s.label());
                int overlap = Math.min(s.end(), t.end()) - Math.max(s.begin(), t.begin());
                int distance = Math.abs(s.begin() - t.begin()) + Math.abs(s.end() - t.end());
                int rank = (s.sameExtent(t) && sameLabel ? 2 : 0) + (sameLabel ? 1 : 0);
                candidates.add(new long[]{rank, overlap, -distance, i, j});
            }
        }
        candidates.sort(Comparator.<long[]>comparingLong(c -> -c[0]).thenComparingLong(c -> -c[1])
                .thenComparingLong(c -> -c[2]).thenComparingLong(c -> c[3]).thenComparingLong(c -> c[4]));
        boolean[] taken = new boolean[b.size()];
        for (long[] c : candidates) {
            int i = (int) c[3];
            int j = (int) c[4];
            if (partner[i] < 0 && !taken[j]) {
                partner[i] = j;
                taken[j] = true;
            }
        }
        return partner;
    }

    private static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

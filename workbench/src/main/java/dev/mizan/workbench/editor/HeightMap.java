package dev.mizan.workbench.editor;

/**
 * Heights of paragraphs, most of them estimated, with fast prefix sums (a Fenwick tree): the y of
 * any paragraph and the paragraph at any y in O(log n), so the editor lays out only what is seen.
 */
public final class HeightMap {
    private final int[] heights;
    private final long[] tree;

    public HeightMap(int count) {
        heights = new int[count];
        tree = new long[count + 1];
    }

    public int count() {
        return heights.length;
    }

    public int height(int i) {
        return heights[i];
    }

    public void set(int i, int height) {
        int delta = height - heights[i];
        if (delta == 0) {
            return;
        }
        heights[i] = height;
        for (int k = i + 1; k < tree.length; k += k & -k) {
            tree[k] += delta;
        }
    }

    /** Sets every height at once in O(n). */
    public void setAll(java.util.function.IntUnaryOperator heightOf) {
        java.util.Arrays.fill(tree, 0);
        for (int i = 0; i < heights.length; i++) {
            heights[i] = heightOf.applyAsInt(i);
            tree[i + 1] += heights[i];
            int parent = (i + 1) + ((i + 1) & -(i + 1));
            if (parent < tree.length) {
                tree[parent] += tree[i + 1];
            }
        }
    }

    /** The y where paragraph {@code i} starts (the sum of the heights before it). */
    public long top(int i) {
        long sum = 0;
        for (int k = i; k > 0; k -= k & -k) {
            sum += tree[k];
        }
        return sum;
    }

    public long total() {
        return top(heights.length);
    }

    /** The paragraph that covers {@code y}; the first or last one outside the range. */
    public int indexAt(long y) {
        if (y < 0) {
            return 0;
        }
        int pos = 0;
        long rest = y;
        for (int step = Integer.highestOneBit(Math.max(1, heights.length)); step > 0; step >>= 1) {
            int next = pos + step;
            if (next < tree.length && tree[next] <= rest) {
                pos = next;
                rest -= tree[next];
            }
        }
        return Math.min(pos, heights.length - 1);
    }
}

package dev.mizan.io.export;

import dev.mizan.spi.Split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A split of documents into train, validation and test by percentages, e.g. {@code 80/10/10}.
 * Deterministic: the documents are sorted by id, shuffled with {@link Random} seeded by {@code seed}
 * (whose sequence Java specifies exactly), and cut by the largest-remainder method, ties going to
 * train, then validation, then test.
 *
 * @param train      percent of documents for training
 * @param validation percent for validation
 * @param test       percent for test
 */
public record SplitSpec(int train, int validation, int test) {
    public SplitSpec {
        if (train < 0 || validation < 0 || test < 0 || train + validation + test != 100) {
            throw new IllegalArgumentException("a split needs three percentages that add up to 100 (e.g. 80/10/10), not "
                    + train + "/" + validation + "/" + test);
        }
    }

    /** Parses {@code 80/10/10}. @throws IllegalArgumentException with a message for the user */
    public static SplitSpec parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("--split wants train/validation/test percentages such as 80/10/10, not '" + text + "'");
        }
        try {
            return new SplitSpec(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--split wants whole numbers such as 80/10/10, not '" + text + "'");
        }
    }

    /** The split of each document id, in the order given. */
    public Map<String, Split> assign(List<String> documentIds, long seed) {
        List<String> shuffled = new ArrayList<>(documentIds.stream().sorted().toList());
        Collections.shuffle(shuffled, new Random(seed));
        int[] counts = counts(shuffled.size());
        Map<String, Split> bySplit = new java.util.HashMap<>();
        Split[] order = {Split.TRAIN, Split.VALIDATION, Split.TEST};
        int i = 0;
        for (int s = 0; s < 3; s++) {
            for (int c = 0; c < counts[s]; c++) {
                bySplit.put(shuffled.get(i++), order[s]);
            }
        }
        Map<String, Split> result = new LinkedHashMap<>();
        documentIds.forEach(id -> result.put(id, bySplit.get(id)));
        return result;
    }

    /** How many of {@code n} documents go to train, validation and test. */
    int[] counts(int n) {
        int[] pct = {train, validation, test};
        int[] counts = new int[3];
        double[] rest = new double[3];
        int given = 0;
        for (int s = 0; s < 3; s++) {
            double exact = n * pct[s] / 100.0;
            counts[s] = (int) Math.floor(exact);
            rest[s] = exact - counts[s];
            given += counts[s];
        }
        while (given < n) {
            int best = 0;
            for (int s = 1; s < 3; s++) {
                if (rest[s] > rest[best] + 1e-9) {
                    best = s;
                }
            }
            counts[best]++;
            rest[best] = -1;
            given++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return train + "/" + validation + "/" + test;
    }
}

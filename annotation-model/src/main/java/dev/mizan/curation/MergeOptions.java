package dev.mizan.curation;

import java.util.Objects;

/**
 * How the auto-merge decides.
 *
 * @param minAgree how many annotators must agree for an element to enter the gold; 0 means a
 *                 strict majority of the annotators of the document
 * @param curator  the name recorded in the provenance of what the auto-merge adds
 */
public record MergeOptions(int minAgree, String curator) {
    /** The curator name recorded when none is given. */
    public static final String AUTO_CURATOR = "auto-merge";

    public MergeOptions {
        if (minAgree < 0) {
            throw new IllegalArgumentException("minAgree must be at least 1 (or 0 for a strict majority), not " + minAgree);
        }
        curator = curator == null || curator.isBlank() ? AUTO_CURATOR : curator;
    }

    /** Strict majority, the default curator name. */
    public static MergeOptions defaults() {
        return new MergeOptions(0, null);
    }

    /** The agreement needed among {@code annotators} annotators. */
    public int threshold(int annotators) {
        return minAgree > 0 ? minAgree : annotators / 2 + 1;
    }

    MergeOptions withCurator(String name) {
        return new MergeOptions(minAgree, Objects.requireNonNullElse(name, curator));
    }
}

package dev.mizan.model;

import java.time.Instant;
import java.util.List;

/**
 * Why an element is in the gold standard.
 *
 * @param origin     AUTO (auto-merge) or MANUAL (a curator's decision)
 * @param annotators the annotators whose annotation agreed with the gold element
 * @param curator    who decided (the merge engine's id for AUTO)
 * @param at         when
 * @param note       an optional comment
 */
public record Provenance(Origin origin, List<String> annotators, String curator, Instant at, String note) {
    /** How an element entered the gold. */
    public enum Origin { AUTO, MANUAL }

    public Provenance {
        annotators = annotators == null ? List.of() : List.copyOf(annotators);
    }
}

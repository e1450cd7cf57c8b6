package dev.mizan.curation;

import dev.mizan.model.GoldSet;

import java.util.List;

/**
 * What the auto-merge made of one document.
 *
 * @param gold            the new gold (manual decisions kept as they were)
 * @param annotators      the annotators whose sets took part
 * @param threshold       the number of agreeing annotators that was required
 * @param mergedSpans     the spans the auto-merge holds in the gold
 * @param mergedRelations the relations the auto-merge holds in the gold
 * @param manualSpans     the spans a curator decided (left untouched)
 * @param disagreements   what remains open for the curator
 * @param changed         false when the gold is exactly as it was before (re-running changed nothing)
 */
public record MergeResult(GoldSet gold, List<String> annotators, int threshold, int mergedSpans, int mergedRelations,
                          int manualSpans, List<Disagreement> disagreements, boolean changed) {
    public MergeResult {
        annotators = List.copyOf(annotators);
        disagreements = List.copyOf(disagreements);
    }
}

package dev.mizan.agreement;

import java.util.List;

/**
 * What a project agreement report covers and how its confidence intervals are drawn.
 *
 * @param layers      span layers to report; empty = every layer of the schema
 * @param annotators  annotators to compare; empty = every annotator with annotations
 * @param documents   documents to include; empty = every document annotated by all chosen annotators
 * @param resamples   bootstrap resamples of documents for the 95% intervals (0 = no intervals)
 * @param seed        the bootstrap's random seed, so a report can be reproduced
 */
public record AgreementOptions(List<String> layers, List<String> annotators, List<String> documents,
                               int resamples, long seed) {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 20261130L;

    public AgreementOptions {
        layers = layers == null ? List.of() : List.copyOf(layers);
        annotators = annotators == null ? List.of() : List.copyOf(annotators);
        documents = documents == null ? List.of() : List.copyOf(documents);
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be 0 or more");
        }
    }

    public static AgreementOptions defaults() {
        return new AgreementOptions(List.of(), List.of(), List.of(), DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public AgreementOptions withLayers(List<String> l) {
        return new AgreementOptions(l, annotators, documents, resamples, seed);
    }

    public AgreementOptions withAnnotators(List<String> a) {
        return new AgreementOptions(layers, a, documents, resamples, seed);
    }

    public AgreementOptions withDocuments(List<String> d) {
        return new AgreementOptions(layers, annotators, d, resamples, seed);
    }

    public AgreementOptions withResamples(int r) {
        return new AgreementOptions(layers, annotators, documents, r, seed);
    }
}

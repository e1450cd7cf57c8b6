package dev.mizan.agreement;

import java.util.List;

/**
 * A project's agreement: one flat list of values (so tools can filter it), the confusion matrices of
 * matched spans, and the ranked disagreements.
 *
 * @param project        the project name
 * @param documents      ids of the documents compared (those annotated by every chosen annotator)
 * @param skipped        ids of documents left out because an annotator has not annotated them
 * @param annotators     the annotators compared
 * @param entries        every value
 * @param confusions     one matrix per layer and pair of annotators
 * @param disagreements  ranked, most severe first
 * @param resamples      bootstrap resamples behind each interval
 * @param seed           the bootstrap seed
 */
public record AgreementReport(String project, List<String> documents, List<String> skipped, List<String> annotators,
                              List<ReportEntry> entries, List<ConfusionMatrix> confusions,
                              List<Disagreement> disagreements, int resamples, long seed) {
    public AgreementReport {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
        annotators = List.copyOf(annotators);
        entries = List.copyOf(entries);
        confusions = List.copyOf(confusions);
        disagreements = List.copyOf(disagreements);
    }

    /** The corpus-level entries (document == null). */
    public List<ReportEntry> corpusEntries() {
        return entries.stream().filter(e -> e.document() == null).toList();
    }
}

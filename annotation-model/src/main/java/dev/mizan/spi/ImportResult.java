package dev.mizan.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * What an importer found: the documents it could read and the problems it met. A file with an
 * error contributes no document, so callers can still report everything at once.
 */
public record ImportResult(List<ImportedDocument> documents, List<ImportProblem> problems) {
    public ImportResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /** Both results together, in order. */
    public ImportResult plus(ImportResult other) {
        List<ImportedDocument> docs = new ArrayList<>(documents);
        docs.addAll(other.documents);
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ImportResult(docs, all);
    }

    public static ImportResult empty() {
        return new ImportResult(List.of(), List.of());
    }
}

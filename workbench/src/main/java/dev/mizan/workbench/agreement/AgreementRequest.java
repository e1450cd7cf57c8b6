package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementOptions;
import dev.mizan.model.Project;

import java.util.List;

/**
 * What the supervisor chose to compare: annotators and documents (empty = all, as on the command line).
 * Every layer is computed at once, so switching layers needs no new computation.
 */
public record AgreementRequest(List<String> annotators, List<String> documents) {
    public AgreementRequest {
        annotators = List.copyOf(annotators);
        documents = List.copyOf(documents);
    }

    public static AgreementRequest all() {
        return new AgreementRequest(List.of(), List.of());
    }

    /** The engine's options: the CLI's defaults (1,000 resamples, its seed), so both show the same values. */
    public AgreementOptions options() {
        return AgreementOptions.defaults().withAnnotators(annotators).withDocuments(documents);
    }

    /**
     * The request for a project with these choices; choosing everything is the same as choosing
     * nothing, so the request then matches {@code mizan agreement DIR} without options.
     */
    public static AgreementRequest of(Project project, List<String> annotators, List<String> documents) {
        boolean allAnnotators = annotators.containsAll(project.annotators());
        boolean allDocuments = documents.size() == project.documents().size();
        return new AgreementRequest(allAnnotators ? List.of() : annotators, allDocuments ? List.of() : documents);
    }
}

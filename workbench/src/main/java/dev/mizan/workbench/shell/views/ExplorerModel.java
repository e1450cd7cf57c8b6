package dev.mizan.workbench.shell.views;

import dev.mizan.curation.ProjectCuration;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Status;
import dev.mizan.workbench.shell.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the Project Explorer shows: the documents and, per annotator, how far each has got. A
 * supervisor sees every annotator and the curation counts; under blind annotation (see
 * {@link Roles}) an annotator sees only their own row.
 */
public final class ExplorerModel {
    /** One annotator's work on a document. */
    public record AnnotatorRow(String annotator, Status status, int spans, boolean isCurrentUser) {
    }

    /**
     * One document, with the current user's status first.
     *
     * @param curation resolved / open counts of the gold; null when the user is not a supervisor or
     *                 no annotator's set takes part
     */
    public record DocumentRow(String documentId, String title, Status myStatus, List<AnnotatorRow> annotators,
                              ProjectCuration.Progress curation) {
        public DocumentRow(String documentId, String title, Status myStatus, List<AnnotatorRow> annotators) {
            this(documentId, title, myStatus, annotators, null);
        }
    }

    private ExplorerModel() {
    }

    public static List<DocumentRow> rows(Project project, String currentAnnotator) {
        return rows(project, currentAnnotator, new CurationCounts());
    }

    /** The rows, with the curation counts taken from (and kept in) {@code counts}. */
    public static List<DocumentRow> rows(Project project, String currentAnnotator, CurationCounts counts) {
        return rows(project, currentAnnotator, d -> counts.of(project, d));
    }

    /**
     * The rows, with the curation counts that {@code counts} gives (null: not known yet, the row
     * shows none).
     */
    public static List<DocumentRow> rows(Project project, String currentAnnotator,
                                         Function<Document, ProjectCuration.Progress> counts) {
        List<DocumentRow> rows = new ArrayList<>();
        boolean supervisor = Roles.isSupervisor(project, currentAnnotator);
        for (Document d : project.documents()) {
            Map<String, AnnotationSet> sets = project.annotationSetsOf(d.id());
            List<AnnotatorRow> annotators = new ArrayList<>();
            sets.forEach((annotator, set) -> {
                if (supervisor || annotator.equals(currentAnnotator)) {
                    annotators.add(new AnnotatorRow(annotator, set.status(), set.spans().size(),
                            annotator.equals(currentAnnotator)));
                }
            });
            AnnotationSet mine = sets.get(currentAnnotator);
            ProjectCuration.Progress progress = supervisor ? counts.apply(d) : null;
            rows.add(new DocumentRow(d.id(), d.title(), mine == null ? Status.NEW : mine.status(), List.copyOf(annotators),
                    progress != null && progress.applies() ? progress : null));
        }
        return List.copyOf(rows);
    }

    static final int MAX_TITLE = 30;

    /** A title short enough for the tree; the full one is in the tooltip. */
    public static String shortTitle(String title) {
        String t = title.strip();
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    /** True when the user sees curation counts and some document's are not known yet. */
    public static boolean countsMissing(Project project, String currentAnnotator, CurationCounts counts) {
        return Roles.isSupervisor(project, currentAnnotator)
                && project.documents().stream().anyMatch(d -> counts.known(project, d) == null);
    }

    /** Done / all documents for the current user, e.g. for a header "2 / 5 done". */
    public static long doneCount(List<DocumentRow> rows) {
        return rows.stream().filter(r -> r.myStatus() == Status.DONE).count();
    }
}

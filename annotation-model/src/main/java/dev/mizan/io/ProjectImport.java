package dev.mizan.io;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.model.Schema;
import dev.mizan.spi.ImportProblem;
import dev.mizan.spi.ImportResult;
import dev.mizan.store.LoadResult;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/**
 * Brings what importers read into a project: everything is checked first, and only an import
 * without errors is written, file by file through the store, with a journal that undoes the
 * written files if a write fails midway. A document is its text: an input whose text (SHA-256)
 * the project already has attaches to that document instead of creating another.
 */
public final class ProjectImport {
    /**
     * @param annotator    the annotator of inputs that do not name one (--annotator), or null
     * @param replace      replace an annotator's existing set of a document instead of refusing
     * @param extendSchema add unknown layers, labels, attributes and relation types to the schema
     */
    public record Options(String annotator, boolean replace, boolean extendSchema) {
    }

    private final Clock clock;

    public ProjectImport(Clock clock) {
        this.clock = clock;
    }

    public ProjectImport() {
        this(Clock.systemUTC());
    }

    /** Loads the project in {@code store}, checks {@code input} against it, and writes it when clean. */
    public ImportSummary run(ProjectStore store, ImportResult input, Options options) throws IOException {
        LoadResult loaded = store.load();
        if (!loaded.problems().isEmpty()) {
            throw new StoreException("the project has " + loaded.problems().size() + " problem(s), first "
                    + loaded.problems().get(0) + "; fix them (see 'mizan validate') before importing", loaded.problems(), null);
        }
        // A file left in documents/ without a loadable document (e.g. an orphan text) still owns its id.
        Plan plan = new ImportPlanner(loaded.project(), options, clock.instant(),
                id -> Files.exists(store.documentText(id)) || Files.exists(store.documentMeta(id))).plan(input);
        if (plan.hasErrors()) {
            return plan.summary(false);
        }
        write(store, loaded.project(), plan);
        return plan.summary(true);
    }

    /** Everything an import would write, with its problems; nothing is written. */
    public Plan plan(Project project, ImportResult input, Options options) {
        return new ImportPlanner(project, options, clock.instant(), id -> false).plan(input);
    }

    /** The result of checking an import against a project. */
    public record Plan(Schema schema, List<Document> newDocuments, List<AnnotationSet> sets, int documentsMatched,
                       int setsReplaced, List<String> schemaAdditions, List<String> notes, List<ImportProblem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(ImportProblem::isError);
        }

        ImportSummary summary(boolean written) {
            int spans = sets.stream().mapToInt(s -> s.spans().size()).sum();
            int relations = sets.stream().mapToInt(s -> s.relations().size()).sum();
            return new ImportSummary(written, newDocuments.size(), documentsMatched, sets.size() - setsReplaced,
                    setsReplaced, spans, relations, schemaAdditions, notes, problems);
        }
    }

    private static void write(ProjectStore store, Project project, Plan plan) throws IOException {
        WriteJournal journal = new WriteJournal();
        try {
            // Schema first, then texts, then annotations: a crash that no journal can undo then
            // leaves at worst unused labels or unannotated documents, never annotations without them.
            if (plan.schema() != null) {
                journal.before(store.projectFile());
                store.saveProjectFile(project.name(), plan.schema(), project.settings());
            }
            for (Document d : plan.newDocuments()) {
                journal.before(store.documentText(d.id()));
                journal.before(store.documentMeta(d.id()));
                store.saveDocument(d);
            }
            for (AnnotationSet set : plan.sets()) {
                journal.before(store.annotationFile(set.annotator(), set.documentId()));
                store.saveAnnotationSet(set);
            }
        } catch (IOException | RuntimeException e) {
            List<String> left = journal.rollback();
            String why = describe(e);
            throw new StoreException("the import failed while writing (" + why + ") and "
                    + (left.isEmpty() ? "was undone: the project is as it was"
                    : "could not be fully undone; check these files: " + String.join(", ", left)), e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way of a folder: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

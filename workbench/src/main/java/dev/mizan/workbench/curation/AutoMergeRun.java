package dev.mizan.workbench.curation;

import dev.mizan.curation.MergeResult;
import dev.mizan.curation.ProjectCuration;
import dev.mizan.model.Document;
import dev.mizan.model.Project;

import java.io.IOException;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The workbench's "Auto-merge": what {@code mizan curate DIR --auto} does (the same
 * {@link dev.mizan.curation.AutoMerger}, the same sets, manual decisions kept), document by document,
 * reporting progress and stopping between documents when cancelled. Meant to run off the EDT.
 */
public final class AutoMergeRun {
    /**
     * What a run did.
     *
     * @param project   the project with the gold as written
     * @param documents documents looked at
     * @param written   gold files written
     * @param merged    spans held by the auto-merge
     * @param open      disagreements left open
     * @param cancelled true when it stopped before the last document
     */
    public record Outcome(Project project, int documents, int written, int merged, int open, boolean cancelled) {
    }

    private AutoMergeRun() {
    }

    /**
     * Merges every document with annotations and writes the gold files that changed.
     *
     * @param progress  hears the number of documents done so far
     * @param cancelled asked before each document
     * @throws IOException when a gold file cannot be written (those written before stay written)
     */
    public static Outcome run(Project project, GoldWriter writer, IntConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        ProjectCuration curation = new ProjectCuration(project);
        Project result = project;
        Instant now = Instant.now();
        int done = 0;
        int written = 0;
        int merged = 0;
        int open = 0;
        for (Document doc : project.documents()) {
            if (cancelled.getAsBoolean()) {
                return new Outcome(result, done, written, merged, open, true);
            }
            MergeResult r = curation.merge(doc, now);
            if (!r.annotators().isEmpty() && r.changed()) {
                writer.write(r.gold());
                result = result.withGoldSet(r.gold());
                written++;
            }
            merged += r.mergedSpans();
            open += r.disagreements().size();
            done++;
            progress.accept(done);
        }
        return new Outcome(result, done, written, merged, open, false);
    }
}

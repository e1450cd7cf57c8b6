package dev.mizan.workbench.cli;

import dev.mizan.curation.AutoMerger;
import dev.mizan.curation.Disagreement;
import dev.mizan.curation.MergeOptions;
import dev.mizan.curation.MergeResult;
import dev.mizan.curation.ProjectCuration;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.Project;
import dev.mizan.store.LoadResult;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mizan curate DIR --auto}: merges the annotators' sets into {@code curation/<id>.json},
 * keeping every manual decision, and reports what remains open. Without {@code --auto} it only
 * reports (nothing is written).
 */
@Command(name = "curate", description = "Build the gold standard: auto-merge and report open disagreements.")
final class CurateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--auto", description = "Write the auto-merge into curation/<id>.json (manual decisions are kept).")
    boolean auto;

    @Option(names = "--min-agree", paramLabel = "K",
            description = "Annotators who must agree (default: the project setting curation.minAgree, else a strict majority).")
    Integer minAgree;

    @Option(names = "--documents", split = ",", paramLabel = "ID", description = "Only these documents (comma-separated ids).")
    List<String> documents;

    @Option(names = "--curator", paramLabel = "NAME", description = "Name recorded for the auto-merge (default: auto-merge).")
    String curator;

    @Option(names = "--show", description = "List every open disagreement.")
    boolean show;

    @Override
    public Integer call() throws IOException {
        if (minAgree != null && minAgree < 1) {
            throw new UserError("--min-agree must be at least 1, not " + minAgree);
        }
        ProjectStore store = open(dir);
        Project project = loadClean(store);
        List<Document> chosen = chooseDocuments(project, documents);
        // Without --min-agree the project's setting decides, as in the workbench's Curate perspective.
        MergeOptions options = new MergeOptions(minAgree != null ? minAgree
                : ProjectCuration.optionsOf(project).minAgree(), curator);
        AutoMerger merger = new AutoMerger(project.schema(), options);
        PrintWriter out = spec.commandLine().getOut();
        Instant now = Instant.now();
        int merged = 0;
        int open = 0;
        int written = 0;
        for (Document doc : chosen) {
            List<AnnotationSet> sets = setsOnThisText(project, doc);
            MergeResult r = merger.merge(doc, sets, project.gold(doc.id()).orElse(null), now);
            String state;
            if (r.annotators().isEmpty()) {
                state = "no annotations";
            } else if (!auto) {
                state = "not written (use --auto)";
            } else if (r.changed()) {
                store.saveGold(r.gold());
                written++;
                state = "written to " + store.shown(store.curationFile(doc.id()));
            } else {
                state = "unchanged";
            }
            out.printf("%s: %d spans and %d relations merged (%d of %d annotators needed), %d manual decisions kept, "
                            + "%d disagreements open; %s%n", doc.id(), r.mergedSpans(), r.mergedRelations(), r.threshold(),
                    r.annotators().size(), r.manualSpans(), r.disagreements().size(), state);
            if (show) {
                r.disagreements().forEach(d -> out.println("  " + describe(d, doc)));
            }
            merged += r.mergedSpans();
            open += r.disagreements().size();
        }
        out.printf("total: %d documents, %d spans merged, %d disagreements open, %d gold files written%n",
                chosen.size(), merged, open, written);
        return 0;
    }

    static ProjectStore open(Path dir) {
        try {
            return ProjectStore.open(dir);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The project, refusing one with unreadable files: merging over a gold file that failed to load would lose it. */
    static Project loadClean(ProjectStore store) {
        LoadResult loaded;
        try {
            loaded = store.load();
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        if (!loaded.problems().isEmpty()) {
            throw new UserError(loaded.problems().get(0) + " (" + loaded.problems().size()
                    + " problem(s); run 'mizan validate " + store.root() + "' and fix them first)");
        }
        return loaded.project();
    }

    static List<Document> chooseDocuments(Project project, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return project.documents();
        }
        List<Document> result = new ArrayList<>();
        for (String id : ids) {
            result.add(project.document(id.strip()).orElseThrow(() -> new UserError("there is no document '" + id
                    + "' in " + project.name() + "; the ids are the names of documents/*.json without .json")));
        }
        return result;
    }

    /** The sets made on this exact text; a set made on another text cannot be merged offset by offset. */
    private List<AnnotationSet> setsOnThisText(Project project, Document doc) {
        List<AnnotationSet> result = new ArrayList<>();
        for (AnnotationSet s : project.annotationSetsOf(doc.id()).values()) {
            if (s.textSha256() != null && !s.textSha256().equals(doc.sha256())) {
                spec.commandLine().getErr().println("warning: annotations/" + s.annotator() + "/" + doc.id()
                        + ".json was made on another text (sha256 differs); left out of the merge");
            } else {
                result.add(s);
            }
        }
        return result;
    }

    private static String describe(Disagreement d, Document doc) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.kind()).append(' ').append(d.layer());
        if (d.attribute() != null) {
            sb.append(' ').append(d.attribute());
        }
        if (d.goldId() != null) {
            sb.append(" (gold ").append(d.goldId()).append(')');
        }
        sb.append(" [").append(d.begin()).append(',').append(d.end()).append(") «")
                .append(doc.text(), d.begin(), d.end()).append("»:");
        for (Disagreement.Version v : d.versions()) {
            sb.append(' ').append(v.annotator()).append('=');
            if (d.kind() == Disagreement.Kind.ATTRIBUTE) {
                sb.append(v.value() == null ? "(none)" : v.value());
            } else {
                sb.append(v.label()).append('[').append(v.begin()).append(',').append(v.end()).append(')');
            }
        }
        return sb.toString();
    }
}

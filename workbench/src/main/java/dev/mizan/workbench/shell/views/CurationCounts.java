package dev.mizan.workbench.shell.views;

import dev.mizan.curation.ProjectCuration;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The explorer's resolved / open counts, remembered per document: the explorer refills after every
 * edit, and only the document whose sets or gold changed needs its merge computed again. Computing
 * one means merging every annotator's set, so the explorer does it off the event thread (it took a
 * quarter of a second of the first window's start on the sample) and shows the counts when known.
 */
public final class CurationCounts {
    private record Entry(List<AnnotationSet> sets, GoldSet gold, ProjectCuration.Progress progress) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** The counts of one document of the project, computed now if they are not known. */
    public synchronized ProjectCuration.Progress of(Project project, Document document) {
        ProjectCuration.Progress known = known(project, document);
        if (known != null) {
            return known;
        }
        ProjectCuration.Progress progress = new ProjectCuration(project).progress(document);
        entries.put(document.id(), new Entry(sets(project, document), gold(project, document), progress));
        return progress;
    }

    /** The counts of one document if they are known for its current sets and gold, else null. */
    public synchronized ProjectCuration.Progress known(Project project, Document document) {
        Entry e = entries.get(document.id());
        return e != null && e.sets().equals(sets(project, document)) && Objects.equals(e.gold(), gold(project, document))
                ? e.progress() : null;
    }

    private static List<AnnotationSet> sets(Project project, Document document) {
        return List.copyOf(project.annotationSetsOf(document.id()).values());
    }

    private static GoldSet gold(Project project, Document document) {
        return project.gold(document.id()).orElse(null);
    }
}

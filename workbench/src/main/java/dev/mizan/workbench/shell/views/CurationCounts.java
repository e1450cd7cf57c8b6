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
 * edit, and only the document whose sets or gold changed needs its merge computed again.
 */
public final class CurationCounts {
    private record Entry(List<AnnotationSet> sets, GoldSet gold, ProjectCuration.Progress progress) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** The counts of one document of the project. */
    public ProjectCuration.Progress of(Project project, Document document) {
        List<AnnotationSet> sets = List.copyOf(project.annotationSetsOf(document.id()).values());
        GoldSet gold = project.gold(document.id()).orElse(null);
        Entry e = entries.get(document.id());
        if (e != null && e.sets().equals(sets) && Objects.equals(e.gold(), gold)) {
            return e.progress();
        }
        ProjectCuration.Progress progress = new ProjectCuration(project).progress(document);
        entries.put(document.id(), new Entry(sets, gold, progress));
        return progress;
    }
}

package dev.mizan.curation;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;
import dev.mizan.model.Provenance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The curation of a whole project as the workbench sees it: which sets take part in a document's
 * merge (those made on its exact text, as {@code mizan curate} does), the merge options from the
 * project settings, and how far the curator has got with each document.
 */
public final class ProjectCuration {
    /** Project setting: how many annotators must agree (empty or 0: a strict majority). */
    public static final String MIN_AGREE_SETTING = "curation.minAgree";

    private final Project project;
    private final MergeOptions options;

    public ProjectCuration(Project project) {
        this.project = Objects.requireNonNull(project, "project");
        this.options = optionsOf(project);
    }

    /** The merge options the project's settings ask for (the default curator name). */
    public static MergeOptions optionsOf(Project project) {
        String k = project.settings().get(MIN_AGREE_SETTING);
        int minAgree = 0;
        if (k != null && !k.isBlank()) {
            try {
                minAgree = Math.max(0, Integer.parseInt(k.strip()));
            } catch (NumberFormatException e) {
                minAgree = 0; // a broken setting falls back to the majority; 'mizan validate' is the place to report it
            }
        }
        return new MergeOptions(minAgree, null);
    }

    public MergeOptions options() {
        return options;
    }

    /** The annotators' sets made on this document's exact text (offsets of another text cannot be merged). */
    public List<AnnotationSet> setsOf(Document document) {
        return project.annotationSetsOf(document.id()).values().stream()
                .filter(s -> s.textSha256() == null || s.textSha256().equals(document.sha256())).toList();
    }

    /** The auto-merge of one document over its current gold, computed but not written. */
    public MergeResult merge(Document document, Instant now) {
        return new AutoMerger(project.schema(), options).merge(document, setsOf(document),
                project.gold(document.id()).orElse(null), now);
    }

    /** Resolved and open counts of one document. */
    public Progress progress(Document document) {
        MergeResult r = merge(document, Instant.EPOCH);
        return new Progress(decisions(project.gold(document.id()).orElse(null)), r.disagreements().size(),
                r.annotators().size());
    }

    /** The curator's decisions in a gold: elements with MANUAL provenance and rejections (an edit counts once). */
    public static int decisions(GoldSet gold) {
        if (gold == null) {
            return 0;
        }
        long manual = gold.provenance().values().stream().filter(p -> p.origin() == Provenance.Origin.MANUAL).count();
        long rejected = gold.rejected().stream().filter(r -> r.replacedBy() == null).count();
        return (int) (manual + rejected);
    }

    /**
     * How far the curation of one document has got.
     *
     * @param resolved   the curator's decisions so far
     * @param open       disagreements still open
     * @param annotators annotators whose sets take part
     */
    public record Progress(int resolved, int open, int annotators) {
        /** True when there is something to curate: at least one annotator's set takes part. */
        public boolean applies() {
            return annotators > 0;
        }
    }
}

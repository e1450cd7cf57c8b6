package dev.mizan.io.export;

import dev.mizan.curation.AutoMerger;
import dev.mizan.curation.MergeOptions;
import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Document;
import dev.mizan.model.GoldSet;
import dev.mizan.model.Project;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where exported annotations come from: the curated gold, a majority merge computed on the fly
 * (nothing is saved), or one annotator.
 *
 * @param kind      GOLD, MAJORITY or ANNOTATOR
 * @param annotator the annotator for ANNOTATOR, else null
 */
public record ExportSource(Kind kind, String annotator) {
    /** The kinds of source. */
    public enum Kind { GOLD, MAJORITY, ANNOTATOR }

    public ExportSource {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ANNOTATOR) != (annotator != null && !annotator.isBlank())) {
            throw new IllegalArgumentException("an annotator source needs a name, and only it");
        }
    }

    /**
     * Parses {@code gold}, {@code majority} or {@code annotator:NAME}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static ExportSource parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("gold")) {
            return new ExportSource(Kind.GOLD, null);
        }
        if (t.equalsIgnoreCase("majority")) {
            return new ExportSource(Kind.MAJORITY, null);
        }
        if (t.startsWith("annotator:") && t.length() > "annotator:".length()) {
            return new ExportSource(Kind.ANNOTATOR, t.substring("annotator:".length()));
        }
        throw new IllegalArgumentException("unknown source '" + text + "'; use gold, majority or annotator:NAME");
    }

    @Override
    public String toString() {
        return kind == Kind.ANNOTATOR ? "annotator:" + annotator : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The annotations of each document that has some in this source, by document id in id order.
     * Documents without (gold without a curated file, an annotator who did not annotate it) are left out.
     */
    public Map<String, AnnotationSet> select(Project project) {
        Map<String, AnnotationSet> result = new LinkedHashMap<>();
        AutoMerger merger = new AutoMerger(project.schema(), MergeOptions.defaults());
        Instant now = Instant.now();
        for (Document d : project.documents()) {
            switch (kind) {
                case GOLD -> project.gold(d.id()).map(GoldSet::asAnnotationSet).ifPresent(s -> result.put(d.id(), s));
                case ANNOTATOR -> project.annotationSet(annotator, d.id()).ifPresent(s -> result.put(d.id(), s));
                case MAJORITY -> {
                    var sets = project.annotationSetsOf(d.id()).values().stream()
                            .filter(s -> s.textSha256() == null || s.textSha256().equals(d.sha256())).toList();
                    if (sets.stream().anyMatch(AutoMerger::takesPart)) {
                        GoldSet merged = merger.merge(d, sets, null, now).gold();
                        result.put(d.id(), new AnnotationSet("majority", d.id(), d.sha256(), merged.status(),
                                merged.spans(), merged.relations(), merged.created(), merged.modified()));
                    }
                }
            }
        }
        return result;
    }
}

package dev.mizan.curation;

import java.util.List;
import java.util.Objects;

/**
 * Something the auto-merge could not decide, for the curator: the competing versions, one or more
 * per annotator.
 *
 * @param kind      what is disputed
 * @param layer     the span layer (for RELATION: the layer of the source span)
 * @param begin     start of the disputed region (UTF-16)
 * @param end       end of the disputed region (UTF-16)
 * @param goldId    for ATTRIBUTE: the gold span whose attribute is disputed; otherwise null
 * @param attribute for ATTRIBUTE: the attribute name; for RELATION: the relation type; otherwise null
 * @param versions  each annotator's version(s), sorted by annotator
 */
public record Disagreement(Kind kind, String layer, int begin, int end, String goldId, String attribute,
                           List<Version> versions) {
    /** What is disputed. */
    public enum Kind {
        /** Overlapping spans that differ in extent or label, or a span too few annotators made. */
        SPAN,
        /** Annotators made the same gold span but gave an attribute different values. */
        ATTRIBUTE,
        /** A relation between two gold spans that too few annotators drew. */
        RELATION
    }

    public Disagreement {
        Objects.requireNonNull(kind, "kind");
        versions = List.copyOf(versions);
    }

    /** The annotators who took part in the dispute, sorted and distinct. */
    public List<String> annotators() {
        return versions.stream().map(Version::annotator).distinct().sorted().toList();
    }

    /**
     * One annotator's version.
     *
     * @param annotator the annotator
     * @param elementId the id of the span or relation in the annotator's set
     * @param begin     the span's begin (for RELATION: of the source span)
     * @param end       the span's end (for RELATION: of the source span)
     * @param label     the span's label (for RELATION: the relation type)
     * @param value     for ATTRIBUTE: the annotator's value (LINK values as gold span ids when the linked
     *                  span is in the gold, else the annotator's span id); otherwise null
     */
    public record Version(String annotator, String elementId, int begin, int end, String label, Object value) {
    }
}

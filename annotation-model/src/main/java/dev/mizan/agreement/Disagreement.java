package dev.mizan.agreement;

import java.util.List;
import java.util.Map;

/**
 * A stretch of a document where the annotators did not all mark the same thing: the supervisor's
 * to-do list, ranked by {@link #severity()}.
 *
 * @param document  the document id
 * @param layer     the span layer
 * @param begin     start of the stretch (UTF-16 offset)
 * @param end       end of the stretch (exclusive)
 * @param text      the text of the stretch
 * @param kind      {@code label}, {@code missing}, {@code boundary} or {@code attribute}
 * @param severity  higher first: label conflicts, then missing spans, then boundaries, then attributes
 * @param answers   per annotator, what they marked there (empty list = nothing)
 */
public record Disagreement(String document, String layer, int begin, int end, String text, String kind,
                           int severity, Map<String, List<Answer>> answers) {

    /** One span an annotator marked inside the stretch. */
    public record Answer(String label, int begin, int end, Map<String, Object> attributes) {
        /** Like {@code PER [12, 20)} or {@code STANCE [3, 40) polarity=SUPPORT}. */
        public String describe() {
            StringBuilder s = new StringBuilder(label).append(" [").append(begin).append(", ").append(end).append(')');
            attributes.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
            return s.toString();
        }
    }
}

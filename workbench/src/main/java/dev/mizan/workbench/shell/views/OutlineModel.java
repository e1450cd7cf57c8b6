package dev.mizan.workbench.shell.views;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.Span;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The annotations of the active document in reading order: label, covered text, attributes. */
public final class OutlineModel {
    static final int MAX_TEXT = 60;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** One row of the Outline. */
    public record Row(String spanId, String layer, String label, String text, String attributes) {
    }

    private OutlineModel() {
    }

    public static List<Row> rows(AnnotationSet set, String text) {
        return set.spans().stream().map(s -> row(s, text)).toList();
    }

    /**
     * The rows of a set, reusing the rows of spans that {@code known} already has (spans are
     * immutable and an edit keeps the ones it did not touch), so an edit of a 10,000-span set
     * makes one or two rows, not 10,000. {@code known} is updated to hold just this set's spans.
     */
    public static List<Row> rows(AnnotationSet set, String text, Map<Span, Row> known) {
        Map<Span, Row> next = new java.util.IdentityHashMap<>(set.spans().size() * 2);
        List<Row> rows = new java.util.ArrayList<>(set.spans().size());
        for (Span s : set.spans()) {
            Row r = known.get(s);
            if (r == null) {
                r = row(s, text);
            }
            next.put(s, r);
            rows.add(r);
        }
        known.clear();
        known.putAll(next);
        return java.util.Collections.unmodifiableList(rows);
    }

    static Row row(Span s, String text) {
        return new Row(s.id(), s.layer(), s.label(), cover(text, s.begin(), s.end()), attributes(s.attributes()));
    }

    /** The covered text on one line, shortened in the middle when long. */
    static String cover(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            return "";
        }
        String c = SPACES.matcher(text.substring(begin, end)).replaceAll(" ").strip();
        if (c.length() <= MAX_TEXT) {
            return c;
        }
        return c.substring(0, MAX_TEXT / 2 - 1) + " … " + c.substring(c.length() - MAX_TEXT / 2 + 2);
    }

    static String attributes(Map<String, Object> attributes) {
        return attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The index of the row of a span, or -1. */
    public static int indexOf(List<Row> rows, String spanId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).spanId().equals(spanId)) {
                return i;
            }
        }
        return -1;
    }
}

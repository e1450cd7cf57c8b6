package dev.mizan.workbench.editor;

import dev.mizan.model.AnnotationSet;
import dev.mizan.model.AttributeDef;
import dev.mizan.model.AttributeType;
import dev.mizan.model.Layer;
import dev.mizan.model.Schema;
import dev.mizan.model.Span;

import java.util.List;

/**
 * What an edit changed on screen: the stretch of text whose spans differ between two sets, so the
 * editor repaints only those lines after a labelling action instead of every line in view.
 * Changes that draw across lines (links, relations) or touch many spans count as everything.
 *
 * @param from       first offset of the changed text
 * @param to         end of the changed text; {@code from == to} with {@code everything} false means nothing changed
 * @param everything whether everything on screen may have changed
 */
record TextChange(int from, int to, boolean everything) {
    static final TextChange NONE = new TextChange(0, 0, false);
    static final TextChange EVERYTHING = new TextChange(0, 0, true);
    /** Beyond this many changed spans (annotate all, undo of it) finding their lines is not worth it. */
    private static final int MAX_SPANS = 64;

    boolean isEmpty() {
        return !everything && from >= to;
    }

    /**
     * The change from one set to the next. Sets share the span objects an edit did not touch (edits
     * copy the list, not the spans), so skipping the common head and tail by identity leaves only
     * the changed spans, without comparing all 10,000 of a large set.
     */
    static TextChange between(AnnotationSet before, AnnotationSet after, Schema schema) {
        if (before == after) {
            return NONE;
        }
        if (!before.relations().equals(after.relations())) {
            return EVERYTHING;
        }
        List<Span> a = before.spans();
        List<Span> b = after.spans();
        int common = Math.min(a.size(), b.size());
        int head = 0;
        while (head < common && a.get(head) == b.get(head)) {
            head++;
        }
        int tail = 0;
        while (tail < common - head && a.get(a.size() - 1 - tail) == b.get(b.size() - 1 - tail)) {
            tail++;
        }
        List<Span> gone = a.subList(head, a.size() - tail);
        List<Span> come = b.subList(head, b.size() - tail);
        if (gone.size() + come.size() > MAX_SPANS) {
            return EVERYTHING;
        }
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (List<Span> changed : List.of(gone, come)) {
            for (Span s : changed) {
                if (hasLink(s, schema)) {
                    // its arc runs from line to line (and down the margin): repaint it all
                    return EVERYTHING;
                }
                from = Math.min(from, s.begin());
                to = Math.max(to, s.end());
            }
        }
        return from < to ? new TextChange(from, to, false) : NONE;
    }

    private static boolean hasLink(Span span, Schema schema) {
        if (span.attributes().isEmpty()) {
            return false;
        }
        Layer layer = schema.layer(span.layer()).orElse(null);
        if (layer == null) {
            return true;
        }
        for (AttributeDef def : layer.attributes()) {
            if (def.type() == AttributeType.LINK && span.attributes().get(def.name()) != null) {
                return true;
            }
        }
        return false;
    }
}

package dev.mizan.workbench.shell.views;

import dev.mizan.model.AnnotationSet;

/**
 * The status bar's facts, formatted by the view: who annotates, which document, how many
 * annotations and links, and whether everything is saved.
 *
 * @param annotator the current annotator, or null
 * @param document  the active document's title, or null
 * @param spans     annotations in the active document
 * @param links     links (link attributes set + relations) in the active document
 * @param saveState SAVED, PENDING, FAILED or null when no editor is open
 */
public record StatusBarModel(String annotator, String document, int spans, int links, String saveState) {
    public static StatusBarModel of(String annotator, String documentTitle, AnnotationSet set, String saveState) {
        if (set == null) {
            return new StatusBarModel(annotator, documentTitle, 0, 0, saveState);
        }
        int links = set.relations().size();
        // the ids once, not a look-up through every span per attribute: the status bar is updated
        // on each edit, and with 10,000 spans that look-up cost tens of milliseconds a keystroke
        java.util.Set<String> ids = null;
        for (var s : set.spans()) {
            for (Object v : s.attributes().values()) {
                if (v instanceof String str) {
                    if (ids == null) {
                        ids = new java.util.HashSet<>(set.spans().size() * 2);
                        for (var t : set.spans()) {
                            ids.add(t.id());
                        }
                    }
                    links += ids.contains(str) ? 1 : 0;
                }
            }
        }
        return new StatusBarModel(annotator, documentTitle, set.spans().size(), links, saveState);
    }
}

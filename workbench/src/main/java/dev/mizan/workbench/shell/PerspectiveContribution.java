package dev.mizan.workbench.shell;

import java.util.List;

/**
 * A named arrangement of views for one kind of work: "Annotate" ships with Mizan, "Curate" and
 * "Agreement" are contributed by their features. Views not installed are left out silently.
 */
public interface PerspectiveContribution extends Contribution {
    /** The name shown in the Window menu, in the UI language. */
    String name();

    /** The views that are open in this perspective, each in its area, in tab order. */
    List<ViewPlacement> views();

    /**
     * How big an area starts out, in pixels (width of START and END, height of BOTTOM); 0 leaves it
     * to the workbench. A dashboard perspective asks for wide areas, since its views are the work.
     */
    default int areaSize(Placement placement) {
        return 0;
    }

    /**
     * Whether the document editor area is shown. A perspective whose main view is itself a document
     * surface (Curate) hides it, and its END area takes the centre.
     */
    default boolean showsEditorArea() {
        return true;
    }

    /**
     * Whether the Project Explorer shows each document's gold progress (resolved / open) here: in
     * Curate it is the work list; elsewhere it would only crowd the titles.
     */
    default boolean showsCurationProgress() {
        return false;
    }

    /** The command-line name for {@code mizan open --perspective NAME}; by default the id's last part. */
    default String shortName() {
        String id = id();
        return id.substring(id.lastIndexOf('.') + 1);
    }
}

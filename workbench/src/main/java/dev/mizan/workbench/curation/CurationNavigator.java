package dev.mizan.workbench.curation;

import dev.mizan.workbench.shell.WorkbenchContext;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Opens the Curate perspective at a place: other features (the Agreement perspective's
 * disagreement list) call {@link #reveal} on a double-click. The Curate view shows the document and
 * focuses the disagreement at those offsets; when the view does not exist yet, the place waits until
 * it is built and the project is loaded.
 */
public final class CurationNavigator {
    /** The command that switches to the Curate perspective (the shell makes one per perspective). */
    public static final String OPEN_PERSPECTIVE_COMMAND = "mizan.openPerspective." + CuratePerspective.ID;

    /** A place in a document: UTF-16 offsets [begin, end). */
    record Place(String documentId, int begin, int end) {
    }

    private static final Map<WorkbenchContext, CuratePanel> PANELS = new WeakHashMap<>();
    private static final Map<WorkbenchContext, Place> PENDING = new WeakHashMap<>();

    private CurationNavigator() {
    }

    /**
     * Shows the Curate perspective with the document open and the disagreement at [begin, end) in
     * focus (the nearest one after it when none overlaps). Call on the event dispatch thread.
     */
    public static void reveal(WorkbenchContext context, String documentId, int begin, int end) {
        Place place = new Place(documentId, begin, end);
        Optional<CuratePanel> live = panel(context);
        if (live.isPresent() && live.get().isShowing()) {
            live.get().reveal(place);
            return;
        }
        PENDING.put(context, place);
        context.runCommand(OPEN_PERSPECTIVE_COMMAND);
    }

    static void register(WorkbenchContext context, CuratePanel panel) {
        PANELS.put(context, panel);
        Place place = PENDING.remove(context);
        if (place != null) {
            panel.reveal(place);
        }
    }

    /** The Curate view open in this workbench, if any. */
    static Optional<CuratePanel> panel(WorkbenchContext context) {
        return Optional.ofNullable(PANELS.get(context)).filter(CuratePanel::isDisplayable);
    }
}

package dev.mizan.workbench.shell;

import javax.swing.JComponent;

/**
 * A view of the workbench (Project Explorer, Outline, ...). The descriptor is cheap; the panel is
 * built by {@link #createView} only when the view is first opened.
 */
public interface ViewContribution extends Contribution {
    /** The title on the view's tab, in the UI language. */
    String title();

    /** Where the view goes when a perspective does not say otherwise. */
    default Placement defaultPlacement() {
        return Placement.END;
    }

    /** Builds the view's component, on the event dispatch thread. */
    JComponent createView(WorkbenchContext context);
}

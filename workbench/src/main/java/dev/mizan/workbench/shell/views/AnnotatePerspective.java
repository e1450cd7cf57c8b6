package dev.mizan.workbench.shell.views;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.PerspectiveContribution;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewPlacement;

import java.util.List;

/** The annotator's perspective: documents at the start, outline at the end, properties and problems below. */
public final class AnnotatePerspective implements PerspectiveContribution {
    public static final String ID = "mizan.perspective.annotate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public String name() {
        return Messages.text("perspective.annotate");
    }

    @Override
    public List<ViewPlacement> views() {
        return List.of(
                new ViewPlacement(ProjectExplorerView.ID, Placement.START),
                new ViewPlacement(OutlineView.ID, Placement.END),
                new ViewPlacement(PropertiesView.ID, Placement.BOTTOM),
                new ViewPlacement(ProblemsView.ID, Placement.BOTTOM),
                // Contributed by the editor feature; left out silently while it is not installed.
                new ViewPlacement("mizan.view.annotationJson", Placement.END));
    }
}

package dev.mizan.workbench.curation;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.PerspectiveContribution;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewPlacement;
import dev.mizan.workbench.shell.views.ProjectExplorerView;

import java.util.List;

/**
 * The supervisor's perspective for building the gold: the documents at the start and the Curate
 * view in the centre (the annotation editor area is hidden: the Curate view is the document surface).
 * {@code mizan open DIR --perspective curate} opens straight into it.
 */
public final class CuratePerspective implements PerspectiveContribution {
    public static final String ID = "mizan.perspective.curate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public String name() {
        return Messages.text("perspective.curate");
    }

    @Override
    public boolean showsCurationProgress() {
        return true;
    }

    @Override
    public List<ViewPlacement> views() {
        return List.of(new ViewPlacement(ProjectExplorerView.ID, Placement.START),
                new ViewPlacement(CurateView.ID, Placement.END));
    }

    @Override
    public boolean showsEditorArea() {
        return false;
    }
}

package dev.mizan.workbench.curation;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContribution;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;

/** The Curate view: one document's annotators side by side in lanes, the gold, and the open disagreements. */
public final class CurateView implements ViewContribution {
    public static final String ID = "mizan.view.curate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public String title() {
        return Messages.text("view.curate");
    }

    @Override
    public Placement defaultPlacement() {
        return Placement.END;
    }

    @Override
    public JComponent createView(WorkbenchContext context) {
        CuratePanel panel = new CuratePanel(context);
        CurationNavigator.register(context, panel);
        return panel.component();
    }
}

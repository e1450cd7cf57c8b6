package dev.mizan.workbench.curation;

import dev.mizan.workbench.app.Messages;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContributionBase;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;

/** The Curate view: one document's annotators side by side in lanes, the gold, and the open disagreements. */
public final class CurateView extends ViewContributionBase {
    public static final String ID = "mizan.view.curate";

    public CurateView() {
        super(ID, 40, () -> Messages.text("view.curate"), Placement.END);
    }

    @Override
    public JComponent createView(WorkbenchContext context) {
        CuratePanel panel = new CuratePanel(context);
        CurationNavigator.register(context, panel);
        return panel.component();
    }
}

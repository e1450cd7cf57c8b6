package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContribution;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;

/** A view of the Agreement perspective; see {@link SummaryPanel}. */
public final class AgreementSummaryView implements ViewContribution {
    public static final String ID = "mizan.view.agreement.summary";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 60;
    }

    @Override
    public String title() {
        return AgreementTexts.current().get("view.summary");
    }

    @Override
    public Placement defaultPlacement() {
        return Placement.START;
    }

    @Override
    public JComponent createView(WorkbenchContext context) {
        AgreementSession session = AgreementSession.of(context);
        SummaryPanel panel = new SummaryPanel(session);
        session.attach();
        return panel;
    }
}

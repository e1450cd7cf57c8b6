package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContribution;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;

/** A view of the Agreement perspective; see {@link DisagreementsPanel}. */
public final class DisagreementsView implements ViewContribution {
    public static final String ID = "mizan.view.agreement.disagreements";

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
        return AgreementTexts.current().get("view.disagreements");
    }

    @Override
    public Placement defaultPlacement() {
        return Placement.BOTTOM;
    }

    @Override
    public JComponent createView(WorkbenchContext context) {
        AgreementSession session = AgreementSession.of(context);
        DisagreementsPanel panel = new DisagreementsPanel(session);
        session.attach();
        return panel;
    }
}

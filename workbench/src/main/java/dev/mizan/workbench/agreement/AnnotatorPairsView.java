package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContribution;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;

/** A view of the Agreement perspective; see {@link PairsPanel}. */
public final class AnnotatorPairsView implements ViewContribution {
    public static final String ID = "mizan.view.agreement.pairs";

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
        return AgreementTexts.current().get("view.pairs");
    }

    @Override
    public Placement defaultPlacement() {
        return Placement.END;
    }

    @Override
    public JComponent createView(WorkbenchContext context) {
        AgreementSession session = AgreementSession.of(context);
        PairsPanel panel = new PairsPanel(session);
        session.attach();
        return panel;
    }
}

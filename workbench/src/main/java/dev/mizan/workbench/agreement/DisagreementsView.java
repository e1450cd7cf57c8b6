package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;

/** A view of the Agreement perspective; see {@link DisagreementsPanel}. */
public final class DisagreementsView extends AgreementView {
    public static final String ID = "mizan.view.agreement.disagreements";

    public DisagreementsView() {
        super(ID, "view.disagreements", Placement.BOTTOM, DisagreementsPanel::new);
    }
}

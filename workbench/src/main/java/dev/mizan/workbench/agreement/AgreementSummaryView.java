package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;

/** A view of the Agreement perspective; see {@link SummaryPanel}. */
public final class AgreementSummaryView extends AgreementView {
    public static final String ID = "mizan.view.agreement.summary";

    public AgreementSummaryView() {
        super(ID, "view.summary", Placement.START, SummaryPanel::new);
    }
}

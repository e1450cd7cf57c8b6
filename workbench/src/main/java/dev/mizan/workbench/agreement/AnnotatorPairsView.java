package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;

/** A view of the Agreement perspective; see {@link PairsPanel}. */
public final class AnnotatorPairsView extends AgreementView {
    public static final String ID = "mizan.view.agreement.pairs";

    public AnnotatorPairsView() {
        super(ID, "view.pairs", Placement.END, PairsPanel::new);
    }
}

package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.PerspectiveContribution;
import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewPlacement;

import java.util.List;

/**
 * The supervisor's agreement dashboard ({@code mizan open DIR --perspective agreement}): what to compare
 * and the corpus values at the start, the annotator pairs in the centre (the editor area is hidden: a
 * disagreement opens in the Curate perspective), documents and disagreements below.
 */
public final class AgreementPerspective implements PerspectiveContribution {
    public static final String ID = "mizan.perspective.agreement";

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
        return AgreementTexts.current().get("perspective.name");
    }

    @Override
    public List<ViewPlacement> views() {
        return List.of(
                new ViewPlacement(AgreementSummaryView.ID, Placement.START),
                new ViewPlacement(AnnotatorPairsView.ID, Placement.END),
                new ViewPlacement(DisagreementsView.ID, Placement.BOTTOM));
    }

    @Override
    public boolean showsEditorArea() {
        return false;
    }

    @Override
    public int areaSize(Placement placement) {
        return switch (placement) {
            case START -> 600;
            case END -> 0;
            case BOTTOM -> 260;
        };
    }
}

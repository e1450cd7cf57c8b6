package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContributionBase;
import dev.mizan.workbench.shell.ViewScope;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;
import java.util.function.Function;

/**
 * What the Agreement perspective's views share: each shows one panel over the window's
 * {@link AgreementSession}, which it attaches when the view is created.
 */
abstract class AgreementView extends ViewContributionBase {
    private final Function<AgreementSession, JComponent> panel;

    AgreementView(String id, String titleKey, Placement placement, Function<AgreementSession, JComponent> panel) {
        super(id, 60, () -> AgreementTexts.current().get(titleKey), placement);
        this.panel = panel;
    }

    @Override
    public final JComponent createView(WorkbenchContext context) {
        AgreementSession session = AgreementSession.of(context);
        JComponent view = panel.apply(session);
        ViewScope.of(view).add(session.attach(id()));
        return view;
    }
}

package dev.mizan.workbench.agreement;

import dev.mizan.workbench.shell.Placement;
import dev.mizan.workbench.shell.ViewContribution;
import dev.mizan.workbench.shell.ViewScope;
import dev.mizan.workbench.shell.WorkbenchContext;

import javax.swing.JComponent;
import java.util.function.Function;

/**
 * What the Agreement perspective's views share: each shows one panel over the window's
 * {@link AgreementSession}, which it attaches when the view is created.
 */
abstract class AgreementView implements ViewContribution {
    private final String id;
    private final String titleKey;
    private final Placement placement;
    private final Function<AgreementSession, JComponent> panel;

    AgreementView(String id, String titleKey, Placement placement, Function<AgreementSession, JComponent> panel) {
        this.id = id;
        this.titleKey = titleKey;
        this.placement = placement;
        this.panel = panel;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int priority() {
        return 60;
    }

    @Override
    public final String title() {
        return AgreementTexts.current().get(titleKey);
    }

    @Override
    public final Placement defaultPlacement() {
        return placement;
    }

    @Override
    public final JComponent createView(WorkbenchContext context) {
        AgreementSession session = AgreementSession.of(context);
        JComponent view = panel.apply(session);
        ViewScope.of(view).add(session.attach(id));
        return view;
    }
}

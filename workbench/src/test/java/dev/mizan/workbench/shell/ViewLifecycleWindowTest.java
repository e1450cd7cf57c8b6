package dev.mizan.workbench.shell;

import dev.mizan.workbench.testing.NeedsADisplay;
import dev.mizan.workbench.testing.WorkbenchSandbox;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static dev.mizan.workbench.testing.Waits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views come and go (perspective switches, Close View) while the workbench lives on: what they
 * registered must go with them. A real window under a display (./mizan test); never skipped.
 */
@NeedsADisplay
class ViewLifecycleWindowTest {
    private static final String CURATE = "mizan.perspective.curate";
    private static final String AGREEMENT = "mizan.perspective.agreement";
    /** Builds itself (and registers its listener) only when first shown: closed first where counts must be stable. */
    private static final String JSON_VIEW = "mizan.view.annotationJson";

    @RegisterExtension
    final WorkbenchSandbox bench = WorkbenchSandbox.onSample("tester");
    private Workbench wb;

    private void launch(String perspective) {
        wb = bench.launch(perspective);
    }

    @Test
    void switchingPerspectivesBackAndForthLeavesNoListenersBehind() {
        launch("annotate");
        GuiActionRunner.execute(() -> wb.closeView(JSON_VIEW));
        GuiActionRunner.execute(() -> wb.switchPerspective(CURATE));
        int inCurate = GuiActionRunner.execute(wb::listenerCount);

        for (int round = 0; round < 3; round++) {
            GuiActionRunner.execute(() -> wb.switchPerspective(Workbench.DEFAULT_PERSPECTIVE));
            GuiActionRunner.execute(() -> wb.switchPerspective(AGREEMENT));
            GuiActionRunner.execute(() -> wb.switchPerspective(CURATE));
        }

        assertThat(GuiActionRunner.execute(wb::listenerCount)).isEqualTo(inCurate);
    }

    @Test
    void closingAViewRemovesTheListenersItAdded() {
        launch("annotate");
        GuiActionRunner.execute(() -> wb.closeView(JSON_VIEW));
        int before = GuiActionRunner.execute(wb::listenerCount);

        GuiActionRunner.execute(() -> wb.closeView("mizan.view.outline"));
        GuiActionRunner.execute(() -> wb.closeView("mizan.view.problems"));
        int closed = GuiActionRunner.execute(wb::listenerCount);
        GuiActionRunner.execute(() -> wb.showView("mizan.view.outline"));
        GuiActionRunner.execute(() -> wb.showView("mizan.view.problems"));

        assertThat(closed).isLessThan(before);
        assertThat(GuiActionRunner.execute(wb::listenerCount)).as("reopened, they add as many as they had").isEqualTo(before);
    }

    @Test
    void theAnnotationJsonViewReleasesTheListenerItRegistersWhenFirstShown() {
        launch("annotate");
        GuiActionRunner.execute(() -> wb.closeView(JSON_VIEW));
        int without = GuiActionRunner.execute(wb::listenerCount);

        GuiActionRunner.execute(() -> wb.showView(JSON_VIEW));
        waitUntil("the JSON view is built and listens", () -> GuiActionRunner.execute(wb::listenerCount) > without);
        GuiActionRunner.execute(() -> wb.closeView(JSON_VIEW));

        assertThat(GuiActionRunner.execute(wb::listenerCount)).isEqualTo(without);
    }

    @Test
    void movingAViewKeepsItsListeners() {
        launch("annotate");
        int before = GuiActionRunner.execute(wb::listenerCount);

        GuiActionRunner.execute(() -> wb.moveView("mizan.view.problems", Placement.START));

        assertThat(GuiActionRunner.execute(wb::listenerCount)).isEqualTo(before);
    }

    @Test
    void openingADocumentWhereNoViewShowsItRevealsTheEditorAreaInsteadOfAHiddenTab() {
        launch("curate");
        GuiActionRunner.execute(() -> wb.closeView("mizan.view.curate"));

        GuiActionRunner.execute(() -> wb.openDocument("01-putin-backs-syria-unity"));

        assertThat(GuiActionRunner.execute(() -> wb.editors().size())).isEqualTo(1);
        assertThat(GuiActionRunner.execute(() -> wb.editors().get(0).component().isShowing())).isTrue();
    }
}

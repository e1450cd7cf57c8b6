package dev.mizan.workbench.shell;

import com.formdev.flatlaf.FlatLaf;
import dev.mizan.workbench.plugins.PluginJars;
import dev.mizan.workbench.testing.NeedsADisplay;
import dev.mizan.workbench.testing.WorkbenchSandbox;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JLabel;
import javax.swing.JTree;
import java.awt.ComponentOrientation;
import java.awt.Point;
import java.awt.event.KeyEvent;

import static dev.mizan.workbench.testing.Waits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.finder.WindowFinder.findDialog;

/**
 * The real window under a display (Xvfb in CI: ./mizan test). Never skipped: without a display
 * these tests fail, so a CI that lost its Xvfb is noticed.
 */
@NeedsADisplay
class WorkbenchWindowTest {
    @RegisterExtension
    final WorkbenchSandbox bench = WorkbenchSandbox.onSample("tester");
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    private void launch() {
        wb = bench.launch(null);
        window = bench.window();
        robot = bench.robot();
    }

    @Test
    void opensADocumentFromTheExplorerAndShowsItInTheStatusBar() {
        launch();
        JTree tree = window.tree("explorer.tree").target();
        waitUntil("the explorer lists the documents", () -> GuiActionRunner.execute(() -> tree.getRowCount() == 6));

        window.tree("explorer.tree").selectRow(1).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        waitUntil("an editor tab opens", () -> GuiActionRunner.execute(() -> wb.editors().size() == 1));
        assertThat(wb.editors().get(0).documentId()).isEqualTo("01-putin-backs-syria-unity");
        window.label("status.annotator").requireText("Annotator: tester");
        window.label("status.save").requireText("Saved");
    }

    @Test
    void theAnnotationJsonViewIsBuiltWhenShownAndFollowsTheOpenDocument() {
        launch();
        JTree tree = window.tree("explorer.tree").target();
        waitUntil("the explorer lists the documents", () -> GuiActionRunner.execute(() -> tree.getRowCount() == 6));
        window.tree("explorer.tree").selectRow(1).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("an editor tab opens", () -> GuiActionRunner.execute(() -> wb.editors().size() == 1));

        window.menuItem("mizan.showView.mizan.view.annotationJson").click();

        waitUntil("the JSON view shows the annotation file", () -> GuiActionRunner.execute(() ->
                robot.finder().findAll(c -> "annotationJson".equals(c.getName())).stream()
                        .anyMatch(c -> c.isShowing() && ((javax.swing.text.JTextComponent) c).getText()
                                .contains("\"format\""))));
    }

    @Test
    void quickAccessFindsACommandByNameAndRunsIt() {
        launch();
        assertThat(FlatLaf.isLafDark()).isFalse();

        window.tree("explorer.tree").focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_3);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        DialogFixture qa = findDialog("quickAccess").withTimeout(5000).using(robot);
        qa.textBox("quickAccess.query").enterText("dark");
        qa.textBox("quickAccess.query").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        waitUntil("the theme turns dark", () -> GuiActionRunner.execute(FlatLaf::isLafDark));
        assertThat(wb.preferences().theme()).isEqualTo(dev.mizan.workbench.app.Theme.DARK);
        GuiActionRunner.execute(() -> wb.updatePreferences(wb.preferences().withTheme(dev.mizan.workbench.app.Theme.LIGHT)));
    }

    @Test
    void aMenuOpenedBeforeItsItemsWereMadeMakesThemAndEnablesThemAsTheCommandsSay() {
        launch();
        javax.swing.JMenu edit = GuiActionRunner.execute(() -> {
            javax.swing.JMenuBar fresh = MenuBarFactory.create(wb, wb.commands());
            for (int i = 0; i < fresh.getMenuCount(); i++) {
                if ("menu.edit".equals(fresh.getMenu(i).getName())) {
                    return fresh.getMenu(i);
                }
            }
            throw new AssertionError("no Edit menu");
        });
        assertThat(GuiActionRunner.execute(edit::getItemCount)).as("no items before the menu opens").isZero();

        GuiActionRunner.execute(() -> edit.setSelected(true)); // what opening it does: menuSelected

        javax.swing.JMenuItem undo = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, edit.getItemCount())
                .mapToObj(edit::getItem).filter(item -> item != null && "editor.undo".equals(item.getName()))
                .findFirst().orElseThrow());
        assertThat(GuiActionRunner.execute(undo::isEnabled)).as("undo with no document open").isFalse();
        assertThat(GuiActionRunner.execute(() -> wb.frame().getJMenuBar().getMenu(0).getItemCount()))
                .as("the window's own menus are complete once the project is loaded").isPositive();
    }

    @Test
    void aPluginsViewAndCommandAppearInTheWindow() throws Exception {
        PluginJars.build(PluginJars.helloPluginSources(), bench.home().resolve("plugins/hello-plugin.jar"));
        launch();

        window.menuItem("mizan.showView.hello.view.labelCounts").click();
        window.scrollPane("view.hello.view.labelCounts").requireVisible();
        window.menuItem("hello.command.sayHello").click();

        window.label("status.message").requireText("Hello, tester (no document)");
    }

    @Test
    void rememberesAClosedViewAfterARestart() {
        launch();
        GuiActionRunner.execute(() -> wb.closeView("mizan.view.outline"));
        GuiActionRunner.execute(() -> wb.moveView("mizan.view.problems", Placement.START));
        GuiActionRunner.execute(() -> wb.saveLayout());

        wb = bench.restart(null);

        assertThat(GuiActionRunner.execute(() -> wb.openViews())).extracting(ViewPlacement::viewId)
                .contains("mizan.view.explorer").doesNotContain("mizan.view.outline");
        assertThat(GuiActionRunner.execute(() -> wb.openViews()))
                .contains(new ViewPlacement("mizan.view.problems", Placement.START));
    }

    @Test
    void theArabicUiMirrorsTheWholeWindow() {
        System.setProperty("mizan.lang", "ar");
        launch();

        assertThat(wb.frame().getContentPane().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        Point explorer = window.tree("explorer.tree").target().getLocationOnScreen();
        Point editors = window.panel("welcome").target().getLocationOnScreen();
        assertThat(explorer.x).as("the explorer is on the right of the editor area").isGreaterThan(editors.x);
        assertThat(window.menuItem("menu.file").target().getText()).isEqualTo("ملف");
        assertThat(window.menuItem("menu.file").target().getLocationOnScreen().x)
                .isGreaterThan(window.menuItem("menu.help").target().getLocationOnScreen().x);
        assertThat(window.label("status.annotator").target()).isInstanceOf(JLabel.class);
    }

    @Test
    void switchingTheLanguageRebuildsTheWindowMirroredWithTheOpenDocument() {
        launch();
        GuiActionRunner.execute(() -> wb.openDocument("01-putin-backs-syria-unity"));

        GuiActionRunner.execute(() -> wb.runCommand("mizan.view.switchLanguage"));

        window = new FrameFixture(robot, wb.frame());
        assertThat(wb.frame().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        assertThat(wb.frame().getJMenuBar().getMenu(0).getText()).isEqualTo("ملف");
        assertThat(wb.editors()).extracting(EditorTab::documentId).containsExactly("01-putin-backs-syria-unity");
        assertThat(wb.preferences().language()).isEqualTo("ar");
        GuiActionRunner.execute(() -> wb.runCommand("mizan.view.switchLanguage"));
        assertThat(wb.frame().getComponentOrientation()).isEqualTo(ComponentOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void thePerspectiveButtonsSwitchAndFollowTheCurrentPerspective() {
        launch();
        window.toggleButton("toolbar.perspective.mizan.perspective.annotate").requireSelected();

        window.toggleButton("toolbar.perspective.mizan.perspective.curate").click();

        assertThat(GuiActionRunner.execute(wb::perspectiveId)).isEqualTo("mizan.perspective.curate");
        GuiActionRunner.execute(() -> wb.switchPerspective("agreement"));
        window.toggleButton("toolbar.perspective.mizan.perspective.agreement").requireSelected();
        window.toggleButton("toolbar.perspective.mizan.perspective.curate").requireNotSelected();
    }
}

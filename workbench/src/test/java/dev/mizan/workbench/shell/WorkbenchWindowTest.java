package dev.mizan.workbench.shell;

import com.formdev.flatlaf.FlatLaf;
import dev.mizan.workbench.app.WorkbenchLauncher;
import dev.mizan.workbench.plugins.PluginJars;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JLabel;
import javax.swing.JTree;
import java.awt.ComponentOrientation;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.finder.WindowFinder.findDialog;

/**
 * The real window under a display (Xvfb in CI: ./mizan test). Never skipped: without a display
 * these tests fail, so a CI that lost its Xvfb is noticed.
 */
class WorkbenchWindowTest {
    @TempDir
    Path tmp;
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeAll
    static void needsADisplay() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("GUI tests need a display: run them under Xvfb with './mizan test' (or xvfb-run)").isFalse();
    }

    private static final String[] PROPERTIES = {"mizan.home", "mizan.annotator", "mizan.noExit", "mizan.lang", "mizan.theme"};
    private final java.util.Map<String, String> savedProperties = new java.util.HashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        for (String p : PROPERTIES) {
            savedProperties.put(p, System.getProperty(p));
        }
        System.setProperty("mizan.home", tmp.resolve("home").toString());
        System.setProperty("mizan.annotator", "tester");
        System.setProperty("mizan.noExit", "true");
        System.clearProperty("mizan.lang");
        System.clearProperty("mizan.theme");
        copySample(tmp.resolve("project"));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        // Other GUI tests run in the same JVM: leave the properties as they were.
        savedProperties.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    private void launch() {
        wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(tmp.resolve("project"), null, false));
        window = new FrameFixture(robot, wb.frame());
        waitUntil("the project is loaded", () -> GuiActionRunner.execute(() -> wb.project().isPresent()));
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
        PluginJars.build(PluginJars.helloPluginSources(), tmp.resolve("home/plugins/hello-plugin.jar"));
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
        window.cleanUp();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();

        launch();

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

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(10_000));
    }

    private static void copySample(Path dir) throws IOException {
        Path source = Path.of(System.getProperty("user.dir")).resolve("../sample-projects/syria-russia-visit").normalize();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

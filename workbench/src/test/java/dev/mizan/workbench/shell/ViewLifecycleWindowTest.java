package dev.mizan.workbench.shell;

import dev.mizan.workbench.app.WorkbenchLauncher;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views come and go (perspective switches, Close View) while the workbench lives on: what they
 * registered must go with them. A real window under a display (./mizan test); never skipped.
 */
class ViewLifecycleWindowTest {
    private static final String CURATE = "mizan.perspective.curate";
    private static final String AGREEMENT = "mizan.perspective.agreement";
    /** Builds itself (and registers its listener) only when first shown: closed first where counts must be stable. */
    private static final String JSON_VIEW = "mizan.view.annotationJson";
    private static final String[] PROPERTIES = {"mizan.home", "mizan.annotator", "mizan.noExit", "mizan.lang", "mizan.theme"};

    @TempDir
    Path tmp;
    private final Map<String, String> saved = new HashMap<>();
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeAll
    static void needsADisplay() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("GUI tests need a display: run them under Xvfb with './mizan test' (or xvfb-run)").isFalse();
    }

    @BeforeEach
    void setUp() throws IOException {
        for (String p : PROPERTIES) {
            saved.put(p, System.getProperty(p));
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
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    private void launch(String perspective) {
        wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(tmp.resolve("project"), perspective, false));
        window = new FrameFixture(robot, wb.frame());
        waitUntil("the project is loaded", () -> GuiActionRunner.execute(() -> wb.project().isPresent()));
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

package dev.mizan.workbench.testing;

import dev.mizan.workbench.app.WorkbenchLauncher;
import dev.mizan.workbench.shell.Workbench;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real workbench window for each test, on a fresh copy of the sample project in a folder of its own
 * ({@link #project()}, with the Mizan home in {@link #home()}). Before each test it sets the
 * {@code mizan.*} properties the workbench reads; after it, it closes the window and puts them back
 * as they were, since the GUI tests share one JVM. Register it on an instance field
 * ({@code @RegisterExtension final WorkbenchSandbox bench = WorkbenchSandbox.onSample("tester");})
 * of a class marked {@link NeedsADisplay}; a test's own {@code @BeforeEach} runs after it.
 */
public final class WorkbenchSandbox implements BeforeEachCallback, AfterEachCallback {
    private static final List<String> PROPERTIES = List.of("mizan.home", "mizan.annotator", "mizan.noExit", "mizan.lang", "mizan.theme");

    private final String annotator;
    private final UnaryOperator<Path> copySample;
    private final Map<String, String> saved = new HashMap<>();
    private Path dir;
    private Robot robot;
    private FrameFixture window;

    private WorkbenchSandbox(String annotator, UnaryOperator<Path> copySample) {
        this.annotator = annotator;
        this.copySample = copySample;
    }

    /** On a copy of the whole sample project, as {@code annotator}. */
    public static WorkbenchSandbox onSample(String annotator) {
        return new WorkbenchSandbox(annotator, SampleProjects::copyTo);
    }

    /** On a copy of the sample project before curation (no gold), as {@code annotator}. */
    public static WorkbenchSandbox onSampleWithoutGold(String annotator) {
        return new WorkbenchSandbox(annotator, SampleProjects::copyWithoutGoldTo);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("mizan-window-test");
        for (String p : PROPERTIES) {
            saved.put(p, System.getProperty(p));
        }
        System.setProperty("mizan.home", home().toString());
        System.setProperty("mizan.annotator", annotator);
        System.setProperty("mizan.noExit", "true");
        System.clearProperty("mizan.lang");
        System.clearProperty("mizan.theme");
        copySample.apply(project());
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    /** The project's folder: the test may change it before launching. */
    public Path project() {
        return dir.resolve("project");
    }

    /** The Mizan home ({@code mizan.home}): preferences, layouts, plugins. */
    public Path home() {
        return dir.resolve("home");
    }

    /** Opens the window in {@code perspective} (null: the default) and waits until the project is loaded. */
    public Workbench launch(String perspective) {
        Workbench wb = launchWithoutWaiting(perspective);
        Waits.waitUntil("the project is loaded", () -> GuiActionRunner.execute(() -> wb.project().isPresent()));
        return wb;
    }

    /** Opens the window in {@code perspective} and returns at once, for a test that waits for something else. */
    public Workbench launchWithoutWaiting(String perspective) {
        Workbench wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(project(), perspective, false));
        window = new FrameFixture(robot, wb.frame());
        return wb;
    }

    /** Closes the window and opens a new one on the same project and home, as a user restarting Mizan. */
    public Workbench restart(String perspective) {
        window.cleanUp();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        return launch(perspective);
    }

    /** Drives the window: the robot made with the sandbox, or the one made by the last {@link #restart}. */
    public Robot robot() {
        return robot;
    }

    /** The last window launched. */
    public FrameFixture window() {
        return window;
    }

    @Override
    public void afterEach(ExtensionContext context) {
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
        try {
            SampleProjects.delete(dir);
        } catch (IOException e) {
            // A window closing late may still write to its home: a stray temporary folder fails no test.
        }
    }
}

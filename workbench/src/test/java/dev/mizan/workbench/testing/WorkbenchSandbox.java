package dev.mizan.workbench.testing;

import dev.mizan.workbench.app.WorkbenchLauncher;
import dev.mizan.workbench.shell.Workbench;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real workbench window for one test, on a copy of the sample project in the test's folder
 * ({@code dir/project}, with the Mizan home in {@code dir/home}). It sets the {@code mizan.*}
 * properties the workbench reads and {@link #close()} puts them back as they were, since the GUI
 * tests share one JVM. Use it from a class marked {@link NeedsADisplay}.
 */
public final class WorkbenchSandbox implements AutoCloseable {
    private static final List<String> PROPERTIES = List.of("mizan.home", "mizan.annotator", "mizan.noExit", "mizan.lang", "mizan.theme");

    private final Path dir;
    private final Map<String, String> saved = new HashMap<>();
    private Robot robot;
    private Workbench workbench;
    private FrameFixture window;

    private WorkbenchSandbox(Path dir, String annotator, UnaryOperator<Path> copySample) {
        this.dir = dir;
        for (String p : PROPERTIES) {
            saved.put(p, System.getProperty(p));
        }
        System.setProperty("mizan.home", dir.resolve("home").toString());
        System.setProperty("mizan.annotator", annotator);
        System.setProperty("mizan.noExit", "true");
        System.clearProperty("mizan.lang");
        System.clearProperty("mizan.theme");
        copySample.apply(project());
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    /** On a copy of the whole sample project, as {@code annotator}. */
    public static WorkbenchSandbox onSample(Path dir, String annotator) {
        return new WorkbenchSandbox(dir, annotator, SampleProjects::copyTo);
    }

    /** On a copy of the sample project before curation (no gold), as {@code annotator}. */
    public static WorkbenchSandbox onSampleWithoutGold(Path dir, String annotator) {
        return new WorkbenchSandbox(dir, annotator, SampleProjects::copyWithoutGoldTo);
    }

    /** The project's folder: the test may change it before launching. */
    public Path project() {
        return dir.resolve("project");
    }

    /** Opens the window in {@code perspective} (null: the default) and waits until the project is loaded. */
    public Workbench launch(String perspective) {
        Workbench wb = launchWithoutWaiting(perspective);
        Waits.waitUntil("the project is loaded", () -> GuiActionRunner.execute(() -> wb.project().isPresent()));
        return wb;
    }

    /** Opens the window in {@code perspective} and returns at once, for a test that waits for something else. */
    public Workbench launchWithoutWaiting(String perspective) {
        workbench = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(project(), perspective, false));
        window = new FrameFixture(robot, workbench.frame());
        return workbench;
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
    public void close() {
        if (window != null) {
            window.cleanUp();
        } else {
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
}

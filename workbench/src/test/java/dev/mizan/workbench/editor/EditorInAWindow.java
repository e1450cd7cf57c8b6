package dev.mizan.workbench.editor;

import dev.mizan.workbench.testing.SampleProjects;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.swing.JFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample's first article in a {@link DocumentEditor} of its own window (1000×700, 22 pt), edited
 * as annotator amal on a fresh copy of the sample project: opened before each test, closed after it.
 * Register it on an instance field ({@code @RegisterExtension final EditorInAWindow window = ...}).
 */
final class EditorInAWindow implements BeforeEachCallback, AfterEachCallback {
    static final String ANNOTATOR = "amal";

    private final boolean focus;
    private Path dir;
    private SampleProject sample;
    private Robot robot;
    private JFrame frame;
    private DocumentEditor editor;

    private EditorInAWindow(boolean focus) {
        this.focus = focus;
    }

    /** The text has the keyboard focus, as when a user opens a document. */
    static EditorInAWindow focused() {
        return new EditorInAWindow(true);
    }

    /** Nothing focused: no caret to blink into pixel comparisons. */
    static EditorInAWindow unfocused() {
        return new EditorInAWindow(false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("mizan-editor-test");
        sample = SampleProject.copyTo(dir);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        open();
    }

    SampleProject sample() {
        return sample;
    }

    Robot robot() {
        return robot;
    }

    DocumentEditor editor() {
        return editor;
    }

    private void open() {
        EditSession session = EditSession.open(sample.store(), sample.project(), SampleProject.DOC, ANNOTATOR);
        frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("editor test");
            editor = new DocumentEditor(session, EditorSettings.defaults().withFontSize(22));
            f.setContentPane(editor);
            f.setSize(1000, 700);
            return f;
        });
        robot.showWindow(frame);
        if (focus) {
            GuiActionRunner.execute(() -> editor.focusText());
        }
        robot.waitForIdle();
    }

    /** Closes the window and its session and opens the document again, as after a restart. */
    DocumentEditor reopen() {
        GuiActionRunner.execute(() -> {
            editor.dispose();
            frame.dispose();
        });
        editor.session().close();
        editor = null;
        open();
        return editor;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (editor != null) {
            GuiActionRunner.execute(() -> editor.dispose());
            editor.session().close();
        }
        if (robot != null) {
            robot.cleanUp();
        }
        try {
            SampleProjects.delete(dir);
        } catch (IOException e) {
            // A stray temporary folder fails no test.
        }
    }
}

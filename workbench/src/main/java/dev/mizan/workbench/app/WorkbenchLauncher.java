package dev.mizan.workbench.app;

import dev.mizan.workbench.plugins.PluginRegistry;
import dev.mizan.workbench.shell.AnnotatorPrompt;
import dev.mizan.workbench.shell.Workbench;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the workbench: reads preferences, discovers plugins, sets the look, asks the annotator
 * name on first start, then builds and shows the window on the EDT. The project loads after the
 * window is visible, so the first window appears fast.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /** What to open. */
    public record Options(Path project, String perspective, boolean printTiming) {
    }

    /** Shows the window and returns the workbench (the caller's thread waits until it is visible). */
    public static Workbench launch(Options options) {
        MizanHome home = MizanHome.resolve();
        PreferencesStore prefsStore = PreferencesStore.of(home);
        Preferences prefs = prefsStore.load();
        PluginRegistry plugins = PluginRegistry.discover(home.pluginsDir());
        AtomicReference<Workbench> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Themes.install(prefs.theme());
                Preferences p = prefs;
                if (p.annotator() == null) {
                    Messages.setCurrent(Messages.of(p));
                    String name = AnnotatorPrompt.ask(null, Messages.current(), AnnotatorPrompt.fallback())
                            .orElse(AnnotatorPrompt.fallback());
                    p = p.withAnnotator(name);
                    try {
                        prefsStore.save(p);
                    } catch (IOException e) {
                        System.err.println("mizan: the annotator name could not be saved in " + prefsStore.file()
                                + ": " + e.getMessage());
                    }
                }
                if (prefsStore.loadProblem() != null) {
                    System.err.println("mizan: " + prefsStore.loadProblem());
                }
                Workbench wb = new Workbench(home, prefsStore, p, plugins, null);
                JFrame frame = wb.show(options.perspective());
                if (options.printTiming()) {
                    reportFirstPaint(frame);
                }
                if (options.project() != null) {
                    wb.openProject(options.project());
                }
                result.set(wb);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the window was being built", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
        return result.get();
    }

    /** Prints {@code first_window_ms: N}, from JVM start to the window's first paint. */
    private static void reportFirstPaint(JFrame frame) {
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                SwingUtilities.invokeLater(() -> {
                    long start = ProcessHandle.current().info().startInstant()
                            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
                    System.out.println("first_window_ms: " + (System.currentTimeMillis() - start));
                    System.out.flush();
                });
            }
        });
    }
}

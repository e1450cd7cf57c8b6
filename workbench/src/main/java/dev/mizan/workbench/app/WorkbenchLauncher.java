package dev.mizan.workbench.app;

import dev.mizan.workbench.plugins.PluginRegistry;
import dev.mizan.workbench.shell.AnnotatorPrompt;
import dev.mizan.workbench.shell.Registration;
import dev.mizan.workbench.shell.Workbench;

import javax.swing.SwingUtilities;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
        Phases phases = new Phases(options.printTiming());
        if (options.printTiming()) {
            System.out.println("before_launch_cpu_ms: " + cpuMs() + " (at " + ProcessStart.elapsedMs() + ")");
        }
        MizanHome home = MizanHome.resolve();
        PreferencesStore prefsStore = PreferencesStore.of(home);
        // Reading the preferences (mostly Jackson's class loading) runs beside the look's set-up on
        // the EDT. The project is read only once the window is built: read beside it, its parallel
        // file loading took the cores from the window (measured: first window 1.3-1.5 s -> 1.0-1.2 s),
        // and the welcome page says which project is opening meanwhile.
        CompletableFuture<Preferences> prefsLoad = CompletableFuture.supplyAsync(prefsStore::load);
        Theme themeHint = prefsStore.peekTheme();
        PluginRegistry plugins = PluginRegistry.discover(home.pluginsDir());
        phases.mark("plugins");
        AtomicReference<Workbench> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Themes.installIfNeeded(themeHint);
                phases.mark("look");
                Preferences prefs = prefsLoad.join();
                phases.mark("preferences");
                Themes.installIfNeeded(prefs.theme());
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
                if (options.printTiming()) {
                    FirstPaintReport.install();
                }
                Workbench wb = new Workbench(home, prefsStore, p, plugins, null);
                if (options.project() != null) {
                    wb.expectProject(options.project());
                }
                wb.show(options.perspective());
                phases.mark("window");
                if (options.project() != null) {
                    if (options.printTiming()) {
                        reportProjectReady(wb);
                    }
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

    /** Prints {@code project_ready_ms: N} when the project opened on the command line is shown. */
    private static void reportProjectReady(Workbench wb) {
        AtomicReference<Registration> registration = new AtomicReference<>();
        registration.set(wb.addProjectListener(p -> {
            // Printed once: later refreshes are not the opening.
            Registration once = p.isPresent() ? registration.getAndSet(null) : null;
            if (once != null) {
                System.out.println("project_ready_ms: " + ProcessStart.elapsedMs());
                System.out.flush();
                SwingUtilities.invokeLater(once::close); // not while the listeners are being called
            }
        }));
    }

    /** Prints how long each start-up phase took, with {@code --timing}. */
    private static final class Phases {
        private final boolean on;
        private long last = System.nanoTime();
        private long lastCpu = cpuMs();

        Phases(boolean on) {
            this.on = on;
        }

        void mark(String phase) {
            if (on) {
                long now = System.nanoTime();
                long cpu = cpuMs();
                System.out.println("phase_" + phase + "_ms: " + (now - last) / 1_000_000 + " (cpu " + (cpu - lastCpu)
                        + ", at " + ProcessStart.elapsedMs() + ")");
                last = now;
                lastCpu = cpu;
            }
        }
    }

    private static long cpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }
}

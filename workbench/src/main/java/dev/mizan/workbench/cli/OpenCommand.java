package dev.mizan.workbench.cli;

import dev.mizan.store.ProjectStore;
import dev.mizan.workbench.app.WorkbenchLauncher;
import dev.mizan.workbench.shell.Screenshots;
import dev.mizan.workbench.shell.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code mizan open [DIR] [--perspective NAME]}: opens the workbench, on a project when one is
 * given, else on a welcome page with Open and New.
 */
@Command(name = "open", description = "Open the workbench on a project (no DIR: a welcome page with Open and New).")
final class OpenCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--perspective", paramLabel = "NAME",
            description = "The perspective to show: annotate (default), curate, agreement, or a plugin's.")
    String perspective;

    @Option(names = "--timing", hidden = true, description = "Print first_window_ms: N when the window shows.")
    boolean timing;

    @Option(names = "--screenshot", hidden = true, paramLabel = "PNG",
            description = "Render the window to a PNG file and exit (for the guides).")
    Path screenshot;

    @Option(names = "--screenshot-document", hidden = true, paramLabel = "ID",
            description = "With --screenshot: the document to open first.")
    String screenshotDocument;

    @Option(names = "--screenshot-select", hidden = true, paramLabel = "SPAN",
            description = "With --screenshot: the span to select in the document.")
    String screenshotSpan;

    @Option(names = "--screenshot-quick-access", hidden = true, paramLabel = "QUERY",
            description = "With --screenshot: show Quick Access with this query typed.")
    String screenshotQuickAccess;

    /**
     * Runs {@code open} without building the command line, or returns null when the arguments need
     * it. Picocli reflects over the annotations and loads its own classes before it parses: about
     * 0.4 s of CPU before the first window (measured), where the usual forms ({@code open},
     * {@code open DIR}, {@code --perspective NAME}, {@code --timing}) need none of it. Everything
     * else (help, screenshots, a mistake to report with the usage) goes through picocli as before.
     */
    static Integer runAlone(String[] args) {
        return runAlone(args, new java.io.PrintWriter(System.err, true));
    }

    /** {@link #runAlone(String[])} reporting errors to {@code err}. */
    static Integer runAlone(String[] args, java.io.PrintWriter err) {
        OpenCommand command = new OpenCommand();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--timing")) {
                command.timing = true;
            } else if (a.equals("--perspective") && i + 1 < args.length && command.perspective == null) {
                command.perspective = args[++i];
            } else if (a.startsWith("--perspective=") && command.perspective == null) {
                command.perspective = a.substring("--perspective=".length());
            } else if (!a.startsWith("-") && command.dir == null) {
                command.dir = Path.of(a);
            } else {
                return null;
            }
        }
        try {
            return command.call();
        } catch (Exception e) {
            return UserErrorHandler.report(e, "open", err);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("the workbench needs a display, and none was found (DISPLAY is not set); "
                    + "run it on a desktop, or under 'xvfb-run'");
        }
        if (dir != null && !Files.isRegularFile(dir.resolve(ProjectStore.PROJECT_FILE))) {
            throw new UserError(Files.isDirectory(dir)
                    ? dir + " is not a Mizan project (it has no " + ProjectStore.PROJECT_FILE + "); create one with 'mizan new " + dir + "'"
                    : dir + " does not exist; give the folder of a Mizan project");
        }
        if (screenshot != null) {
            System.setProperty("mizan.noExit", "true");
            System.setProperty("mizan.screenshot.project", String.valueOf(dir != null));
        }
        Workbench wb = WorkbenchLauncher.launch(new WorkbenchLauncher.Options(
                dir == null ? null : dir.toAbsolutePath().normalize(), perspective, timing));
        if (perspective != null && wb.plugins().perspective(perspective).isEmpty()) {
            System.err.println("mizan: no perspective '" + perspective + "' is installed; showing "
                    + wb.perspectiveId() + " instead");
        }
        if (screenshot != null) {
            Screenshots.take(wb, screenshotDocument, screenshotSpan, screenshotQuickAccess, screenshot);
            System.out.println("Wrote " + screenshot);
            System.exit(0);
        }
        return 0;
    }
}

package dev.mizan.workbench.app;

import dev.mizan.workbench.cli.MizanCommand;

import java.awt.GraphicsEnvironment;

/**
 * Entry point of {@code mizan.jar}: with no arguments it opens the workbench, otherwise it runs a
 * command ({@code mizan help} lists them).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--timing")) {
            System.out.println("main_at_ms: " + ProcessStart.elapsedMs());
        }
        if (MizanCommand.keepsRunning(args) && !GraphicsEnvironment.isHeadless()) {
            Themes.startEarly();
        }
        int code = MizanCommand.run(args.length == 0 ? new String[] {"open"} : args);
        if (code != 0 || !MizanCommand.keepsRunning(args)) {
            System.exit(code);
        }
    }
}

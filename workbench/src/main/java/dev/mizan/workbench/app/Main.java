package dev.mizan.workbench.app;

import dev.mizan.workbench.cli.MizanCommand;

/**
 * Entry point of {@code mizan.jar}: with no arguments it opens the workbench, otherwise it runs a
 * command ({@code mizan help} lists them).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = MizanCommand.run(args.length == 0 ? new String[] {"open"} : args);
        if (code != 0 || !MizanCommand.keepsRunning(args)) {
            System.exit(code);
        }
    }
}

package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan open}: Open the workbench on a project. (placeholder until its issue lands). */
@Command(name = "open", description = "Open the workbench on a project.")
final class OpenCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'open' is not implemented yet");
    }
}

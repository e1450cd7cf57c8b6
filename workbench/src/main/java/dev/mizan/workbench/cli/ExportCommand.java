package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan export}: Export gold or annotator data for machine learning. (placeholder until its issue lands). */
@Command(name = "export", description = "Export gold or annotator data for machine learning.")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'export' is not implemented yet");
    }
}

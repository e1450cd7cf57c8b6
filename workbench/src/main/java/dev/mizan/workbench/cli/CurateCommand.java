package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan curate}: Build the gold standard: auto-merge and report open disagreements. (placeholder until its issue lands). */
@Command(name = "curate", description = "Build the gold standard: auto-merge and report open disagreements.")
final class CurateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'curate' is not implemented yet");
    }
}

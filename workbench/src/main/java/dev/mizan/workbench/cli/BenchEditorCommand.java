package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan bench editor}: Benchmark the Arabic editor (needs a display). (placeholder until its issue lands). */
@Command(name = "editor", description = "Benchmark the Arabic editor (needs a display).")
final class BenchEditorCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'bench editor' is not implemented yet");
    }
}

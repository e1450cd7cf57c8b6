package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan stats}: Count documents, tokens, annotators and spans. (placeholder until its issue lands). */
@Command(name = "stats", description = "Count documents, tokens, annotators and spans.")
final class StatsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'stats' is not implemented yet");
    }
}

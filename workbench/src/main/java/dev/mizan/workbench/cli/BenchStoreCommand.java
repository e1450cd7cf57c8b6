package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan bench store}: Benchmark loading and saving a synthetic project. (placeholder until its issue lands). */
@Command(name = "store", description = "Benchmark loading and saving a synthetic project.")
final class BenchStoreCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'bench store' is not implemented yet");
    }
}

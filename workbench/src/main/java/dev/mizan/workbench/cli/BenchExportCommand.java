package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan bench export}: Benchmark the exporters on a 1M-token corpus. (placeholder until its issue lands). */
@Command(name = "export", description = "Benchmark the exporters on a 1M-token corpus.")
final class BenchExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'bench export' is not implemented yet");
    }
}

package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan bench agreement}: Benchmark the agreement report. (placeholder until its issue lands). */
@Command(name = "agreement", description = "Benchmark the agreement report.")
final class BenchAgreementCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'bench agreement' is not implemented yet");
    }
}

package dev.mizan.workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mizan bench <area>}: benchmarks are commands that print {@code name: value} lines, never timed
 * tests. Each area is its own subcommand class so areas can be added independently.
 */
@Command(name = "bench", description = "Run a benchmark and print name: value lines.",
        subcommands = {
                BenchStoreCommand.class,
                BenchAgreementCommand.class,
                BenchExportCommand.class,
                BenchEditorCommand.class,
        })
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

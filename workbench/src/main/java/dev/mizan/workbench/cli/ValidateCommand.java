package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan validate}: Check a project for problems: one line per problem, exit 1 when any. (placeholder until its issue lands). */
@Command(name = "validate", description = "Check a project for problems: one line per problem, exit 1 when any.")
final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'validate' is not implemented yet");
    }
}

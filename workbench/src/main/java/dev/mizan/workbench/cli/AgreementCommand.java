package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan agreement}: Inter-annotator agreement of a project or a reliability matrix. (placeholder until its issue lands). */
@Command(name = "agreement", description = "Inter-annotator agreement of a project or a reliability matrix.")
final class AgreementCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'agreement' is not implemented yet");
    }
}

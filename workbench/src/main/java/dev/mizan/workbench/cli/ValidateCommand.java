package dev.mizan.workbench.cli;

import dev.mizan.store.Problem;
import dev.mizan.store.ProjectValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mizan validate DIR}: one {@code path:line:col: message} line per problem; exit 1 when any. */
@Command(name = "validate", description = "Check a project for problems: one line per problem, exit 1 when any.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Override
    public Integer call() {
        List<Problem> problems = ProjectValidator.validate(ProjectDirs.existing(dir));
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        out.flush();
        if (problems.isEmpty()) {
            out.println(dir + ": no problems");
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("mizan validate: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in " + dir);
        err.flush();
        return 1;
    }
}

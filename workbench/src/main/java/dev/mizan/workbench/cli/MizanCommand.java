package dev.mizan.workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mizan} command: every subcommand is a thin shell over annotation-model services. */
@Command(name = "mizan", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Version.class,
        description = "Mizan (ميزان): annotate Arabic news text, measure agreement, build and export a gold standard.",
        subcommands = {
                CommandLine.HelpCommand.class,
                NewCommand.class,
                ImportCommand.class,
                ValidateCommand.class,
                StatsCommand.class,
                AgreementCommand.class,
                CurateCommand.class,
                ExportCommand.class,
                OpenCommand.class,
                BenchCommand.class,
        })
public final class MizanCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        if (args.length > 0 && OPEN.equals(args[0])) {
            Integer code = OpenCommand.runAlone(java.util.Arrays.copyOfRange(args, 1, args.length));
            if (code != null) {
                return code;
            }
        }
        return commandLine().execute(args);
    }

    private static final String OPEN = "open";

    /** The configured command line; tests use it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MizanCommand());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** True when the command leaves a window open, so the JVM must not exit after it returns. */
    public static boolean keepsRunning(String[] args) {
        return args.length == 0 || OPEN.equals(args[0]);
    }
}

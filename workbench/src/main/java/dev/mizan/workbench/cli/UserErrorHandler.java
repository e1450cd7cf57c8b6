package dev.mizan.workbench.cli;

import dev.mizan.store.StoreException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns exceptions into one clear line on stderr and an exit code. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(ex, cl.getCommandName(), cl.getErr());
    }

    /** Prints {@code mizan COMMAND: message} for the exception and returns the exit code. */
    static int report(Exception ex, String command, java.io.PrintWriter err) {
        String message;
        int code = 1;
        if (ex instanceof UserError ue) {
            message = ue.getMessage();
            code = ue.exitCode();
        } else if (ex instanceof StoreException se) {
            message = se.getMessage();
        } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            message = describeIo(io);
        } else {
            // A bug, not a user error: still one line, but say so and how to report it.
            message = "internal error (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                    + "); please report it with the command you ran";
            if (System.getenv("MIZAN_DEBUG") != null) {
                ex.printStackTrace(err);
            }
        }
        err.println("mizan " + command + ": " + message);
        err.flush();
        return code;
    }

    static String describeIo(Throwable io) {
        if (io instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + " does not exist";
        }
        if (io instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        return String.valueOf(io.getMessage());
    }
}
